//! The network between the laptops and the server: a TCP proxy that reads just enough
//! HTTP/1.1 (requests and answers with a Content-Length) to lose the n-th request on its
//! way to the server, or its answer on the way back (the server has done the work, the
//! laptop never hears of it). The server behind it can be swapped (a restart).

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// What happens to a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NetFault {
    /// The connection breaks before the request reaches the server.
    DropRequest,
    /// The server handles the request; the connection breaks before the answer arrives.
    DropResponse,
}

#[derive(Debug, Default)]
struct Plan {
    /// (requests still to let through, then the fault).
    armed: Option<(u32, NetFault)>,
    upstream: Option<SocketAddr>,
    /// Faults that fired.
    fired: u64,
}

/// The proxy: laptops talk to [`Proxy::url`].
#[derive(Debug, Clone)]
pub struct Proxy {
    addr: SocketAddr,
    plan: Arc<Mutex<Plan>>,
}

impl Proxy {
    /// Listen on a free loopback port, forwarding to `upstream`.
    pub async fn start(upstream: SocketAddr) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind proxy");
        let addr = listener.local_addr().expect("proxy addr");
        let plan = Arc::new(Mutex::new(Plan {
            upstream: Some(upstream),
            ..Plan::default()
        }));
        let shared = plan.clone();
        tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let plan = shared.clone();
                tokio::spawn(async move {
                    let _ = serve(client, plan).await;
                });
            }
        });
        Self { addr, plan }
    }

    /// The base URL for laptops.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Forward to another server (after a restart).
    pub fn set_upstream(&self, upstream: SocketAddr) {
        if let Ok(mut p) = self.plan.lock() {
            p.upstream = Some(upstream);
        }
    }

    /// Let `pass` requests through, then hit the next one with `fault` (once).
    pub fn arm(&self, pass: u32, fault: NetFault) {
        if let Ok(mut p) = self.plan.lock() {
            p.armed = Some((pass, fault));
        }
    }

    /// Disarm.
    pub fn clear(&self) {
        if let Ok(mut p) = self.plan.lock() {
            p.armed = None;
        }
    }

    /// How many faults fired so far.
    pub fn fired(&self) -> u64 {
        self.plan.lock().map_or(0, |p| p.fired)
    }
}

fn decide(plan: &Mutex<Plan>) -> Option<NetFault> {
    let mut p = plan.lock().ok()?;
    match p.armed {
        Some((0, fault)) => {
            p.armed = None;
            p.fired += 1;
            Some(fault)
        }
        Some((n, fault)) => {
            p.armed = Some((n - 1, fault));
            None
        }
        None => None,
    }
}

/// One HTTP message (head and body) from `stream`, or `None` at a clean end.
async fn read_message(
    stream: &mut TcpStream,
    buf: &mut Vec<u8>,
) -> std::io::Result<Option<Vec<u8>>> {
    loop {
        if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head_len = end + 4;
            let head = String::from_utf8_lossy(&buf[..head_len]).to_ascii_lowercase();
            let body_len = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse::<usize>().ok())
                .unwrap_or(0);
            while buf.len() < head_len + body_len {
                let mut chunk = [0u8; 16 * 1024];
                let n = stream.read(&mut chunk).await?;
                if n == 0 {
                    return Err(std::io::Error::other("closed mid-message"));
                }
                buf.extend_from_slice(&chunk[..n]);
            }
            let rest = buf.split_off(head_len + body_len);
            let message = std::mem::replace(buf, rest);
            return Ok(Some(message));
        }
        let mut chunk = [0u8; 16 * 1024];
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Ok(None);
        }
        buf.extend_from_slice(&chunk[..n]);
    }
}

async fn serve(mut client: TcpStream, plan: Arc<Mutex<Plan>>) -> std::io::Result<()> {
    let mut from_client = Vec::new();
    let mut from_server = Vec::new();
    let mut server: Option<TcpStream> = None;
    while let Some(request) = read_message(&mut client, &mut from_client).await? {
        let fault = decide(&plan);
        if fault == Some(NetFault::DropRequest) {
            return Ok(());
        }
        if server.is_none() {
            let upstream = plan
                .lock()
                .ok()
                .and_then(|p| p.upstream)
                .ok_or_else(|| std::io::Error::other("no server"))?;
            server = Some(TcpStream::connect(upstream).await?);
        }
        let Some(up) = server.as_mut() else {
            return Ok(());
        };
        up.write_all(&request).await?;
        let Some(answer) = read_message(up, &mut from_server).await? else {
            return Ok(());
        };
        if fault == Some(NetFault::DropResponse) {
            return Ok(());
        }
        client.write_all(&answer).await?;
    }
    Ok(())
}
