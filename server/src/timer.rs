//! The timer behind hyper's header-read timeout, one per connection.
//!
//! hyper arms the timeout each time it waits for a request head, and drops it
//! once the head is in: with `hyper_util::rt::TokioTimer`, that is a tokio
//! timer registered and removed again for every request on a keep-alive
//! connection (3.8% of the registry's perf samples in the API bench; 0.7%
//! with this timer). Here a
//! connection keeps one tokio timer. A deadline hyper asks for is checked
//! against the clock when polled; the tokio timer only has to fire no later
//! than the nearest deadline, so it stays where it is while the connection
//! keeps receiving requests, and is moved once it fires early (at most once
//! per timeout period) or when a nearer deadline comes.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

/// A `hyper::rt::Timer` for one connection: give each connection its own.
/// Its deadlines share one tokio timer, which wakes only the task that polled
/// last, so they must be polled by one task (hyper's connection task).
#[derive(Clone, Default)]
pub struct ConnTimer {
    shared: Arc<Mutex<Shared>>,
}

/// The connection's tokio timer (made at the first poll) and the waker it
/// will wake, if it holds one.
#[derive(Default)]
struct Shared {
    sleep: Option<Pin<Box<tokio::time::Sleep>>>,
    waker: Option<std::task::Waker>,
}

impl ConnTimer {
    pub fn new() -> Self {
        Self::default()
    }
}

impl hyper::rt::Timer for ConnTimer {
    fn sleep(&self, duration: Duration) -> Pin<Box<dyn hyper::rt::Sleep>> {
        self.sleep_until(self.now() + duration)
    }

    /// tokio's clock, as deadlines are compared with it (a test's paused
    /// time included).
    fn now(&self) -> Instant {
        tokio::time::Instant::now().into_std()
    }

    fn sleep_until(&self, deadline: Instant) -> Pin<Box<dyn hyper::rt::Sleep>> {
        Box::pin(Deadline {
            at: deadline,
            shared: Arc::clone(&self.shared),
        })
    }
}

/// Completes at `at`, woken by the connection's tokio timer.
struct Deadline {
    at: Instant,
    shared: Arc<Mutex<Shared>>,
}

impl hyper::rt::Sleep for Deadline {}

impl Future for Deadline {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let at = tokio::time::Instant::from_std(self.at);
        let mut shared = self.shared.lock().unwrap_or_else(|e| e.into_inner());
        let Shared { sleep, waker } = &mut *shared;
        loop {
            if tokio::time::Instant::now() >= at {
                return Poll::Ready(());
            }
            let sleep = sleep.get_or_insert_with(|| Box::pin(tokio::time::sleep_until(at)));
            // The timer must fire after now and no later than `at`: one
            // that fired already, or that is set later, is moved to `at`.
            if sleep.is_elapsed() || sleep.deadline() > at {
                sleep.as_mut().reset(at);
            } else if waker.as_ref().is_some_and(|w| w.will_wake(cx.waker())) {
                // Set, and it will wake this task: nothing to do (the
                // common case, a request on a busy connection).
                return Poll::Pending;
            }
            match sleep.as_mut().poll(cx) {
                // Woken early (a deadline since passed, or none was
                // nearer): looking again moves it.
                Poll::Ready(()) => {
                    *waker = None;
                    continue;
                }
                Poll::Pending => {
                    *waker = Some(cx.waker().clone());
                    return Poll::Pending;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hyper::rt::Timer as _;

    /// Deadlines complete when due, neither before nor long after, while the
    /// shared timer is set for an earlier deadline, a later one, or one
    /// already passed.
    #[tokio::test]
    async fn deadlines_complete_when_due() {
        let timer = ConnTimer::new();
        let set_for = || {
            let shared = timer.shared.lock().unwrap();
            shared.sleep.as_ref().map(|s| s.deadline().into_std())
        };
        let start = Instant::now();
        let ms = Duration::from_millis;
        // A first deadline sets the timer; a later one waits past it.
        let mut first = timer.sleep_until(start + ms(50));
        let second = timer.sleep_until(start + ms(150));
        std::future::poll_fn(|cx| {
            assert!(first.as_mut().poll(cx).is_pending());
            Poll::Ready(())
        })
        .await;
        assert_eq!(set_for(), Some(start + ms(50)));
        second.await;
        let took = start.elapsed();
        assert!(took >= ms(150), "completed early: {took:?}");
        assert!(took < ms(1000), "completed late: {took:?}");
        // Fired early at 50 ms, the timer was moved to the second deadline
        // (not polled again and again until then).
        assert_eq!(set_for(), Some(start + ms(150)));
        // The timer now lies in the past; a new deadline moves it.
        let start = Instant::now();
        timer.sleep(ms(80)).await;
        let took = start.elapsed();
        assert!(took >= ms(80) && took < ms(1000), "{took:?}");
        // A nearer deadline than the one the timer is set for moves it back.
        let start = Instant::now();
        let mut far = timer.sleep(ms(5000));
        std::future::poll_fn(|cx| {
            assert!(far.as_mut().poll(cx).is_pending());
            Poll::Ready(())
        })
        .await;
        timer.sleep(ms(60)).await;
        let took = start.elapsed();
        assert!(took >= ms(60) && took < ms(1000), "{took:?}");
        // One due already completes at once.
        timer.sleep_until(Instant::now() - ms(1)).await;
    }

    /// hyper's header-read timeout with this timer, over a socket on
    /// 127.0.0.1: a connection kept busy for several timeout periods stays
    /// open, an idle one and one sending its head too slowly are closed.
    #[tokio::test]
    async fn header_read_timeout_over_a_socket() {
        use hyper_util::rt::TokioIo;
        use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

        const TIMEOUT: Duration = Duration::from_millis(300);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move {
            loop {
                let (stream, _) = listener.accept().await.unwrap();
                let svc = hyper::service::service_fn(|_req| async {
                    Ok::<_, std::convert::Infallible>(hyper::Response::new(
                        http_body_util::Full::new(bytes::Bytes::from_static(b"ok")),
                    ))
                });
                tokio::spawn(
                    hyper::server::conn::http1::Builder::new()
                        .timer(ConnTimer::new())
                        .header_read_timeout(TIMEOUT)
                        .serve_connection(TokioIo::new(stream), svc),
                );
            }
        });

        // Busy: a request every 50 ms for four timeout periods.
        let stream = tokio::net::TcpStream::connect(addr).await.unwrap();
        let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
            .await
            .unwrap();
        let conn = tokio::spawn(conn);
        let start = Instant::now();
        let mut sent = 0;
        while start.elapsed() < TIMEOUT * 4 {
            sender.ready().await.expect("a busy connection stays open");
            let req = hyper::Request::builder()
                .uri("/")
                .header("host", "x")
                .body(http_body_util::Empty::<bytes::Bytes>::new())
                .unwrap();
            let resp = sender.send_request(req).await.unwrap();
            assert_eq!(resp.status(), 200);
            sent += 1;
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        assert!(sent >= 10, "{sent} requests");
        // Idle: closed by the server after the timeout.
        let idle = Instant::now();
        tokio::time::timeout(TIMEOUT * 10, conn)
            .await
            .expect("the server closes an idle connection")
            .unwrap()
            .unwrap();
        assert!(idle.elapsed() >= TIMEOUT - Duration::from_millis(60));

        // Slow: half a request head, then nothing.
        let mut slow = tokio::net::TcpStream::connect(addr).await.unwrap();
        let start = Instant::now();
        slow.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n")
            .await
            .unwrap();
        let mut rest = Vec::new();
        tokio::time::timeout(TIMEOUT * 10, slow.read_to_end(&mut rest))
            .await
            .expect("the server closes a connection that does not finish its head")
            .ok();
        let took = start.elapsed();
        assert!(took >= TIMEOUT, "closed after {took:?}");
        assert!(!rest.starts_with(b"HTTP/1.1 200"));
    }
}
