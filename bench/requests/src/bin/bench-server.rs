//! The server of `cargo xtask bench --requests`: answers `GET /small/api/v2/organizations/me`
//! and `GET /large/api/v2/organizations/me` with the bodies of `request_bench::bodies`, over
//! HTTP/1.1 keep-alive on 127.0.0.1, with the headers Genesys sends.
//!
//! Prints its port on the first line of stdout, and exits when its stdin closes (when the
//! bench that started it ends, however it ends).

use std::convert::Infallible;
use std::io::{Read, Write};

use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper::header::{HeaderValue, AUTHORIZATION, CACHE_CONTROL, CONTENT_TYPE};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use request_bench::bodies::{BodySize, PATH, TOKEN};

/// The two bodies, built once.
struct Bodies {
    small: Bytes,
    large: Bytes,
    authorization: HeaderValue,
}

fn main() {
    if let Err(error) = serve() {
        eprintln!("bench-server: {error}");
        std::process::exit(1);
    }
}

fn serve() -> std::io::Result<()> {
    std::thread::spawn(|| {
        let _ = std::io::stdin().read_to_end(&mut Vec::new());
        std::process::exit(0);
    });
    let bodies: &'static Bodies = Box::leak(Box::new(Bodies {
        small: Bytes::from(BodySize::Small.body()),
        large: Bytes::from(BodySize::Large.body()),
        authorization: HeaderValue::from_str(&format!("Bearer {TOKEN}"))
            .map_err(std::io::Error::other)?,
    }));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let mut stdout = std::io::stdout();
        writeln!(stdout, "{}", listener.local_addr()?.port())?;
        stdout.flush()?;
        loop {
            let (stream, _) = listener.accept().await?;
            stream.set_nodelay(true)?;
            let service = service_fn(move |request| answer(bodies, request));
            tokio::spawn(async move {
                let _ = http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    })
}

async fn answer(
    bodies: &'static Bodies,
    request: Request<Incoming>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let body = match request.uri().path().strip_suffix(PATH) {
        Some("/small") => &bodies.small,
        Some("/large") => &bodies.large,
        _ => return Ok(status(StatusCode::NOT_FOUND)),
    };
    if request.method() != hyper::Method::GET {
        return Ok(status(StatusCode::METHOD_NOT_ALLOWED));
    }
    if request.headers().get(AUTHORIZATION) != Some(&bodies.authorization) {
        return Ok(status(StatusCode::UNAUTHORIZED));
    }
    let mut response = Response::new(Full::new(body.clone()));
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    headers.insert(
        "inin-correlation-id",
        HeaderValue::from_static("6f1d2c3b-4a59-4e87-b0c1-d2e3f4a5b6c7"),
    );
    headers.insert(
        CACHE_CONTROL,
        HeaderValue::from_static("no-cache, no-store, must-revalidate"),
    );
    headers.insert(
        "strict-transport-security",
        HeaderValue::from_static("max-age=600; includeSubDomains"),
    );
    Ok(response)
}

fn status(status: StatusCode) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::new()));
    *response.status_mut() = status;
    response
}
