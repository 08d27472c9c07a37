//! Waiters (`smithy.waiters#waitable`): call an operation until one of its
//! acceptors says the resource reached the state waited for, as the Smithy
//! waiter specification describes.
//!
//! Acceptors are tried in order after each call; the first that matches
//! decides: `success` returns the output, `failure` stops with
//! [`WaiterError::Failure`], `retry` waits and calls again. When none
//! matches, a call that failed stops the wait ([`WaiterError::Operation`])
//! and a call that succeeded is retried. Between calls the delay grows
//! exponentially from `minDelay` to `maxDelay` with jitter (a random value
//! between `minDelay` and the exponential delay), and is cut so that the
//! wait never passes its maximum ([`WaiterError::Timeout`]).

use std::fmt;
use std::future::Future;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::client::SdkError;
use crate::error::OperationError;
use crate::json::ToJson;

/// What an acceptor does when it matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// The wait is over: the resource is in the state waited for.
    Success,
    /// The wait is over: the resource can never reach that state.
    Failure,
    /// Call again.
    Retry,
}

/// How an `output` or `inputOutput` matcher compares its JMESPath result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparator {
    /// The result is the string `expected`.
    StringEquals,
    /// The result is the boolean `expected` (`"true"` / `"false"`).
    BooleanEquals,
    /// The result is a non-empty list of strings, all `expected`.
    AllStringEquals,
    /// The result is a list with at least one string `expected`.
    AnyStringEquals,
}

/// When an acceptor matches.
#[derive(Debug, Clone, Copy)]
pub enum Matcher {
    /// A JMESPath expression over the output (successful calls only).
    Output {
        /// The expression.
        path: &'static str,
        /// The value compared with.
        expected: &'static str,
        /// The comparison.
        comparator: Comparator,
    },
    /// A JMESPath expression over `{"input": ..., "output": ...}`.
    InputOutput {
        /// The expression.
        path: &'static str,
        /// The value compared with.
        expected: &'static str,
        /// The comparison.
        comparator: Comparator,
    },
    /// The call succeeded (`true`) or failed with any error (`false`).
    Success(bool),
    /// The call failed with the error of this name (its error code).
    ErrorType(&'static str),
}

/// One acceptor.
#[derive(Debug, Clone, Copy)]
pub struct Acceptor {
    /// What a match means.
    pub state: State,
    /// When it matches.
    pub matcher: Matcher,
}

/// A waiter as the model defines it.
#[derive(Debug, Clone, Copy)]
pub struct Waiter {
    /// Its name (`ImageScanComplete`).
    pub name: &'static str,
    /// Its acceptors, in order.
    pub acceptors: &'static [Acceptor],
    /// The shortest delay between calls (`minDelay`, default 2 s).
    pub min_delay: Duration,
    /// The longest delay between calls (`maxDelay`, default 120 s).
    pub max_delay: Duration,
}

/// A wait that ended in success: the last call's outcome, which is an
/// error when the acceptor that matched was one on errors (a waiter for a
/// deletion succeeds on `ResourceNotFound`).
#[derive(Debug)]
pub struct Waited<O, E>(pub Result<O, SdkError<E>>);

impl<O, E> Waited<O, E> {
    /// The last call's output, when it succeeded.
    pub fn output(&self) -> Option<&O> {
        self.0.as_ref().ok()
    }

    /// The last call's outcome.
    pub fn into_result(self) -> Result<O, SdkError<E>> {
        self.0
    }
}

/// Why a wait ended without success.
#[derive(Debug)]
pub enum WaiterError<O, E> {
    /// A `failure` acceptor matched this outcome of the last call.
    Failure {
        /// The waiter.
        waiter: &'static str,
        /// The last call's outcome.
        last: Box<Result<O, SdkError<E>>>,
    },
    /// The maximum wait passed before an acceptor ended the wait.
    Timeout {
        /// The waiter.
        waiter: &'static str,
        /// Calls made.
        attempts: u32,
        /// Time spent.
        elapsed: Duration,
    },
    /// A call failed with an error no acceptor matched.
    Operation(SdkError<E>),
    /// The waiter itself is broken (a JMESPath expression that does not compile).
    Invalid(String),
}

impl<O: fmt::Debug, E: fmt::Display> fmt::Display for WaiterError<O, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WaiterError::Failure { waiter, .. } => {
                write!(f, "waiter {waiter} reached a failure state")
            }
            WaiterError::Timeout {
                waiter,
                attempts,
                elapsed,
            } => write!(
                f,
                "waiter {waiter} timed out after {attempts} attempts in {elapsed:?}"
            ),
            WaiterError::Operation(e) => write!(f, "the operation failed: {e}"),
            WaiterError::Invalid(m) => write!(f, "invalid waiter: {m}"),
        }
    }
}

impl<O: fmt::Debug, E: std::error::Error + 'static> std::error::Error for WaiterError<O, E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WaiterError::Operation(e) => Some(e),
            _ => None,
        }
    }
}

fn compare(result: &jmespath::Variable, expected: &str, comparator: Comparator) -> bool {
    use jmespath::Variable as V;
    match comparator {
        Comparator::StringEquals => matches!(result, V::String(s) if s == expected),
        Comparator::BooleanEquals => {
            matches!(result, V::Bool(b) if expected.parse::<bool>().ok() == Some(*b))
        }
        Comparator::AllStringEquals => match result {
            V::Array(items) => {
                !items.is_empty()
                    && items
                        .iter()
                        .all(|i| matches!(&**i, V::String(s) if s == expected))
            }
            _ => false,
        },
        Comparator::AnyStringEquals => match result {
            V::Array(items) => items
                .iter()
                .any(|i| matches!(&**i, V::String(s) if s == expected)),
            _ => false,
        },
    }
}

fn search(path: &str, data: &Value) -> Result<jmespath::Rcvar, String> {
    let expr = jmespath::compile(path).map_err(|e| format!("`{path}`: {e}"))?;
    expr.search(data).map_err(|e| format!("`{path}`: {e}"))
}

/// Which acceptor state, if any, the outcome of a call matches.
pub fn matched<O: ToJson, E: OperationError>(
    acceptors: &[Acceptor],
    input: &Value,
    outcome: &Result<O, SdkError<E>>,
) -> Result<Option<State>, String> {
    let output = outcome.as_ref().ok().map(ToJson::to_json);
    for a in acceptors {
        let hit = match (&a.matcher, outcome, &output) {
            (
                Matcher::Output {
                    path,
                    expected,
                    comparator,
                },
                Ok(_),
                Some(out),
            ) => compare(&*search(path, out)?, expected, *comparator),
            (
                Matcher::InputOutput {
                    path,
                    expected,
                    comparator,
                },
                Ok(_),
                Some(out),
            ) => {
                let both = serde_json::json!({"input": input, "output": out});
                compare(&*search(path, &both)?, expected, *comparator)
            }
            (Matcher::Success(want), result, _) => result.is_ok() == *want,
            (Matcher::ErrorType(code), Err(SdkError::Service(e)), _) => {
                let code_of = e.code();
                code_of == *code || code_of.rsplit('#').next() == Some(code)
            }
            _ => false,
        };
        if hit {
            return Ok(Some(a.state));
        }
    }
    Ok(None)
}

/// The delay before call number `attempt + 1` (the Smithy waiter
/// specification's exponential backoff with jitter), or `None` when the
/// remaining time is shorter than `min_delay`.
pub fn delay(waiter: &Waiter, attempt: u32, remaining: Duration) -> Option<Duration> {
    let (min, max) = (waiter.min_delay, waiter.max_delay.max(waiter.min_delay));
    if remaining < min {
        return None;
    }
    let ceiling = if min.is_zero() {
        u32::MAX
    } else {
        ((max.as_secs_f64() / min.as_secs_f64()).log2() + 1.0) as u32
    };
    let upper = if attempt > ceiling {
        max
    } else {
        min.saturating_mul(1u32 << (attempt - 1).min(30)).min(max)
    };
    let jittered = min + (upper - min).mul_f64(fastrand::f64());
    // Never sleep past the end of the wait (leaving time for one more call).
    let latest = remaining.saturating_sub(min);
    Some(jittered.min(latest).max(min))
}

/// Runs `waiter`: calls `call` until an acceptor ends the wait or
/// `max_wait` passes. `input` is the operation's input (for `inputOutput`
/// matchers).
pub async fn wait<O, E, F, Fut>(
    waiter: &'static Waiter,
    input: Value,
    max_wait: Duration,
    mut call: F,
) -> Result<Waited<O, E>, WaiterError<O, E>>
where
    O: ToJson,
    E: OperationError,
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<O, SdkError<E>>>,
{
    let start = Instant::now();
    let mut attempt = 0u32;
    loop {
        let outcome = call().await;
        attempt += 1;
        let state = matched(waiter.acceptors, &input, &outcome).map_err(WaiterError::Invalid)?;
        match (state, outcome) {
            (Some(State::Success), last) => return Ok(Waited(last)),
            (Some(State::Failure), last) => {
                return Err(WaiterError::Failure {
                    waiter: waiter.name,
                    last: Box::new(last),
                })
            }
            (None, Err(e)) => return Err(WaiterError::Operation(e)),
            (Some(State::Retry), _) | (None, Ok(_)) => {}
        }
        let elapsed = start.elapsed();
        let remaining = max_wait.saturating_sub(elapsed);
        match delay(waiter, attempt, remaining) {
            Some(d) => {
                tracing::debug!(waiter = waiter.name, attempt, delay = ?d, "waiting");
                tokio::time::sleep(d).await;
            }
            None => {
                return Err(WaiterError::Timeout {
                    waiter: waiter.name,
                    attempts: attempt,
                    elapsed,
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const W: Waiter = Waiter {
        name: "T",
        acceptors: &[],
        min_delay: Duration::from_secs(2),
        max_delay: Duration::from_secs(120),
    };

    #[test]
    fn delays_grow_within_bounds_and_respect_the_deadline() {
        for attempt in 1..20 {
            let d = delay(&W, attempt, Duration::from_secs(10_000)).unwrap();
            assert!(d >= W.min_delay && d <= W.max_delay, "{attempt}: {d:?}");
            let cap = W
                .min_delay
                .saturating_mul(1 << (attempt - 1).min(30))
                .min(W.max_delay);
            assert!(d <= cap, "{attempt}: {d:?} > {cap:?}");
        }
        assert_eq!(delay(&W, 1, Duration::from_secs(1)), None);
        let d = delay(&W, 10, Duration::from_secs(5)).unwrap();
        assert!(d <= Duration::from_secs(3), "{d:?}");
    }

    #[test]
    fn comparators() {
        use jmespath::Variable as V;
        let s = |x: &str| std::rc::Rc::new(V::String(x.into()));
        assert!(compare(
            &V::String("A".into()),
            "A",
            Comparator::StringEquals
        ));
        assert!(compare(&V::Bool(true), "true", Comparator::BooleanEquals));
        assert!(!compare(&V::Bool(true), "false", Comparator::BooleanEquals));
        assert!(compare(
            &V::Array(vec![s("A"), s("A")]),
            "A",
            Comparator::AllStringEquals
        ));
        assert!(!compare(
            &V::Array(vec![]),
            "A",
            Comparator::AllStringEquals
        ));
        assert!(compare(
            &V::Array(vec![s("B"), s("A")]),
            "A",
            Comparator::AnyStringEquals
        ));
        assert!(!compare(&V::Null, "A", Comparator::AnyStringEquals));
    }
}
