//! Retries as the AWS SDKs do them: the `standard` mode (a retry quota
//! shared by a client's calls, exponential backoff with full jitter) and
//! `adaptive` (standard, plus a client-side send rate that a CUBIC
//! controller lowers on throttling and raises again on success).
//!
//! The constants are the SDKs' (the "standard" and "adaptive" retry
//! specifications, as botocore and smithy-rs implement them): 500 quota
//! tokens, 5 per retry, 10 per retry after a timeout, 1 back per success
//! without retries; CUBIC with β = 0.7 and C = 0.4, a measured rate smoothed
//! at 0.8 over half-second buckets, a minimum fill rate of 0.5 requests/s.

use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How a client retries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RetryMode {
    /// The SDKs' `standard` mode.
    #[default]
    Standard,
    /// `standard` plus client-side rate limiting after throttling.
    Adaptive,
}

impl std::str::FromStr for RetryMode {
    type Err = String;

    /// `standard`, `adaptive`, or `legacy` (which this client treats as
    /// `standard`, as the AWS SDK for Rust does).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "standard" | "legacy" => Ok(RetryMode::Standard),
            "adaptive" => Ok(RetryMode::Adaptive),
            other => Err(format!(
                "invalid retry mode `{other}`: expected standard, adaptive or legacy"
            )),
        }
    }
}

/// Why a failed attempt may be retried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetryKind {
    /// A 5xx, a connection failure, a transient error code.
    Transient,
    /// The request timed out.
    Timeout,
    /// The service throttled the request.
    Throttling,
}

const INITIAL_RETRY_TOKENS: u32 = 500;
const RETRY_COST: u32 = 5;
const TIMEOUT_RETRY_COST: u32 = 10;
const NO_RETRY_INCREMENT: u32 = 1;

/// The retry state a client's calls share.
#[derive(Debug)]
pub struct RetryState {
    quota: Mutex<u32>,
    limiter: Option<Mutex<RateLimiter>>,
}

impl RetryState {
    /// A fresh state (a full quota).
    pub fn new(mode: RetryMode) -> Self {
        Self {
            quota: Mutex::new(INITIAL_RETRY_TOKENS),
            limiter: (mode == RetryMode::Adaptive)
                .then(|| Mutex::new(RateLimiter::new(Instant::now()))),
        }
    }

    /// Tokens left in the retry quota.
    pub fn quota(&self) -> u32 {
        *self.quota.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Takes the cost of retrying after a failure of `kind` from the quota:
    /// the cost taken, or `None` (do not retry) when the quota is short.
    pub fn acquire(&self, kind: RetryKind) -> Option<u32> {
        let cost = match kind {
            RetryKind::Timeout => TIMEOUT_RETRY_COST,
            RetryKind::Transient | RetryKind::Throttling => RETRY_COST,
        };
        let mut quota = self.quota.lock().unwrap_or_else(|e| e.into_inner());
        if *quota < cost {
            return None;
        }
        *quota -= cost;
        Some(cost)
    }

    /// A call succeeded: the cost of its last retry comes back, or one
    /// token when it needed none.
    pub fn succeeded(&self, last_retry_cost: Option<u32>) {
        let mut quota = self.quota.lock().unwrap_or_else(|e| e.into_inner());
        *quota = (*quota + last_retry_cost.unwrap_or(NO_RETRY_INCREMENT)).min(INITIAL_RETRY_TOKENS);
    }

    /// Adaptive mode: how long to wait before sending (zero when the
    /// client is not rate limited); the send is counted.
    pub fn before_send(&self) -> Duration {
        match &self.limiter {
            Some(l) => l
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .acquire(Instant::now()),
            None => Duration::ZERO,
        }
    }

    /// Adaptive mode: a response arrived; `throttled` says whether it was
    /// a throttling error.
    pub fn after_response(&self, throttled: bool) {
        if let Some(l) = &self.limiter {
            l.lock()
                .unwrap_or_else(|e| e.into_inner())
                .update(throttled, Instant::now());
        }
    }
}

/// The adaptive mode's client-side rate limiter: a token bucket whose fill
/// rate a CUBIC controller sets from the measured send rate.
#[derive(Debug)]
struct RateLimiter {
    start: Instant,
    // Token bucket.
    enabled: bool,
    fill_rate: f64,
    max_capacity: f64,
    capacity: f64,
    last_refill: Option<f64>,
    // CUBIC.
    w_max: f64,
    k: f64,
    last_fail: f64,
    // Measured rate.
    measured: f64,
    count: f64,
    last_bucket: f64,
}

const BETA: f64 = 0.7;
const SCALE: f64 = 0.4;
const SMOOTHING: f64 = 0.8;
const BUCKET_SCALE: f64 = 2.0; // half-second buckets
const MIN_FILL_RATE: f64 = 0.5;

impl RateLimiter {
    fn new(now: Instant) -> Self {
        let mut l = Self {
            start: now,
            enabled: false,
            fill_rate: MIN_FILL_RATE,
            max_capacity: 1.0,
            capacity: 0.0,
            last_refill: None,
            w_max: MIN_FILL_RATE,
            k: 0.0,
            last_fail: 0.0,
            measured: 0.0,
            count: 0.0,
            last_bucket: 0.0,
        };
        l.k = l.zero_point();
        l
    }

    fn secs(&self, t: Instant) -> f64 {
        t.duration_since(self.start).as_secs_f64()
    }

    fn zero_point(&self) -> f64 {
        (self.w_max * (1.0 - BETA) / SCALE).cbrt()
    }

    fn refill(&mut self, t: f64) {
        if let Some(last) = self.last_refill {
            self.capacity = (self.capacity + (t - last) * self.fill_rate).min(self.max_capacity);
        }
        self.last_refill = Some(t);
    }

    fn set_rate(&mut self, rate: f64, t: f64) {
        self.refill(t);
        self.fill_rate = rate.max(MIN_FILL_RATE);
        self.max_capacity = self.fill_rate.max(1.0);
        self.capacity = self.capacity.min(self.max_capacity);
    }

    /// Takes a send token; the wait until one is there.
    fn acquire(&mut self, now: Instant) -> Duration {
        if !self.enabled {
            return Duration::ZERO;
        }
        let t = self.secs(now);
        self.refill(t);
        self.capacity -= 1.0;
        if self.capacity >= 0.0 {
            Duration::ZERO
        } else {
            // The token is owed: it is there after this long.
            Duration::from_secs_f64(-self.capacity / self.fill_rate)
        }
    }

    fn update(&mut self, throttled: bool, now: Instant) {
        let t = self.secs(now);
        // Measured send rate, smoothed over half-second buckets.
        let bucket = (t * BUCKET_SCALE).floor() / BUCKET_SCALE;
        self.count += 1.0;
        if bucket > self.last_bucket {
            let current = self.count / (bucket - self.last_bucket);
            self.measured = current * SMOOTHING + self.measured * (1.0 - SMOOTHING);
            self.count = 0.0;
            self.last_bucket = bucket;
        }
        let new_rate = if throttled {
            let rate = if self.enabled {
                self.measured.min(self.fill_rate)
            } else {
                self.measured
            };
            self.w_max = rate;
            self.k = self.zero_point();
            self.last_fail = t;
            self.enabled = true;
            rate * BETA
        } else {
            SCALE * (t - self.last_fail - self.k).powi(3) + self.w_max
        };
        let rate = new_rate.min(2.0 * self.measured);
        self.set_rate(rate, t);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quota_limits_retries_and_refills_on_success() {
        let s = RetryState::new(RetryMode::Standard);
        let mut retries = 0;
        while s.acquire(RetryKind::Transient).is_some() {
            retries += 1;
        }
        assert_eq!(retries, 100);
        assert_eq!(s.acquire(RetryKind::Throttling), None);
        s.succeeded(Some(RETRY_COST));
        assert_eq!(s.quota(), 5);
        assert_eq!(
            s.acquire(RetryKind::Timeout),
            None,
            "a timeout retry costs 10"
        );
        s.succeeded(None);
        assert_eq!(s.quota(), 6);
        let full = RetryState::new(RetryMode::Standard);
        full.succeeded(None);
        assert_eq!(
            full.quota(),
            INITIAL_RETRY_TOKENS,
            "never above the initial quota"
        );
        assert_eq!("adaptive".parse(), Ok(RetryMode::Adaptive));
        assert!("fast".parse::<RetryMode>().is_err());
    }

    #[test]
    fn adaptive_slows_down_on_throttling_and_recovers() {
        let t0 = Instant::now();
        let mut l = RateLimiter::new(t0);
        assert_eq!(
            l.acquire(t0),
            Duration::ZERO,
            "not limited before throttling"
        );
        // 10 requests per second for 3 s, then a throttle.
        let mut t = t0;
        for _ in 0..30 {
            t += Duration::from_millis(100);
            l.update(false, t);
        }
        let measured = l.measured;
        assert!((8.0..=12.0).contains(&measured), "{measured}");
        t += Duration::from_millis(100);
        l.update(true, t);
        assert!(l.enabled);
        let throttled_rate = l.fill_rate;
        assert!(throttled_rate < measured, "{throttled_rate} < {measured}");
        // Sending faster than the rate makes callers wait.
        let mut waited = Duration::ZERO;
        for _ in 0..20 {
            waited = l.acquire(t);
        }
        assert!(waited > Duration::from_millis(500), "{waited:?}");
        // Successes raise the rate again (CUBIC growth).
        for _ in 0..40 {
            t += Duration::from_millis(250);
            l.update(false, t);
        }
        assert!(
            l.fill_rate > throttled_rate,
            "{} > {throttled_rate}",
            l.fill_rate
        );
    }
}
