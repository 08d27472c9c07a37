//! `download-layer` and `upload-layer`: whole-layer transfers on top of the
//! generated client's operations, with progress bars on a terminal, digest
//! verification and resumable downloads.

use std::io::{IsTerminal, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use clap::ArgMatches;
use codegen_rt::client::SdkError;
use codegen_rt::error::OperationError;
use ecr_client_sdk::ecr_types::model::LayerAvailability;
use http_body_util::BodyExt as _;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::json;
use sha2::{Digest, Sha256};

use crate::error::CliError;
use crate::Context;

fn arg<'a>(m: &'a ArgMatches, id: &str) -> Option<&'a String> {
    m.get_one::<String>(id)
}

fn required<'a>(m: &'a ArgMatches, id: &str) -> &'a str {
    arg(m, id).map_or("", String::as_str)
}

fn failure(what: impl std::fmt::Display) -> CliError {
    CliError::Failure(what.to_string())
}

/// A progress bar on stderr when it is a terminal; hidden otherwise.
fn progress(total: u64, message: &str) -> ProgressBar {
    let target = if std::io::stderr().is_terminal() {
        ProgressDrawTarget::stderr()
    } else {
        ProgressDrawTarget::hidden()
    };
    let bar = ProgressBar::with_draw_target(Some(total), target);
    bar.set_style(
        ProgressStyle::with_template(
            "{msg} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} eta {eta}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> "),
    );
    bar.set_message(message.to_owned());
    bar
}

fn service_error<E: OperationError>(cx: &Context, op: &str, e: SdkError<E>) -> CliError {
    cx.call_error(op, e.map_service(|e| e.to_unhandled()))
}

fn part_path(file: &Path) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".part");
    PathBuf::from(name)
}

/// The sha256 of what `file` already holds.
fn hash_prefix(file: &mut std::fs::File, hasher: &mut Sha256) -> std::io::Result<u64> {
    file.seek(SeekFrom::Start(0))?;
    let mut buf = vec![0; 1 << 16];
    let mut n = 0;
    loop {
        let read = file.read(&mut buf)?;
        if read == 0 {
            return Ok(n);
        }
        hasher.update(&buf[..read]);
        n += read as u64;
    }
}

/// `ecr download-layer --repository-name R --layer-digest D -o FILE`.
pub async fn download(cx: &Context, m: &ArgMatches) -> Result<(), CliError> {
    // One configuration for the API call and the download it leads to.
    let config = cx.settings.client_config()?;
    let client = ecr_client_sdk::Client::new(config.clone());
    let repo = required(m, "repository-name");
    let digest = required(m, "layer-digest");
    let file = PathBuf::from(required(m, "file"));
    let mut call = client
        .get_download_url_for_layer()
        .repository_name(repo)
        .layer_digest(digest);
    call.input_mut().registry_id = arg(m, "registry-id").cloned();
    let out = call
        .send()
        .await
        .map_err(|e| service_error(cx, "GetDownloadUrlForLayer", e))?;
    let url = out
        .download_url
        .ok_or_else(|| failure("The registry returned no download URL"))?;

    let part = part_path(&file);
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .read(true)
        .write(true)
        .open(&part)
        .map_err(|e| failure(format!("Could not open {}: {e}", part.display())))?;
    let mut hasher = Sha256::new();
    let mut have = hash_prefix(&mut f, &mut hasher).map_err(failure)?;
    let resumed_from = have;
    let http = config
        .http_client(concat!("ecr/", env!("CARGO_PKG_VERSION")))
        .map_err(failure)?;
    let mut req = http::Request::get(&url);
    if have > 0 {
        tracing::debug!(bytes = have, "resuming download at byte {have}");
        req = req.header("range", format!("bytes={have}-"));
    }
    let req = req
        .body(codegen_rt::ByteStream::default().into_body())
        .map_err(|e| failure(format!("Could not download the layer from '{url}': {e}")))?;
    let mut resp = http
        .send(req)
        .await
        .map_err(|e| failure(format!("Could not download the layer: {e}")))?;
    let status = resp.status().as_u16();
    match status {
        206 => {}
        200 => {
            if have > 0 {
                tracing::debug!("the server ignored the range; starting over");
            }
            f.set_len(0).map_err(failure)?;
            hasher = Sha256::new();
            have = 0;
        }
        416 if have > 0 => {
            // The partial file already holds everything; verify it below.
        }
        _ => {
            let body = codegen_rt::client::collect_body(resp.into_body())
                .await
                .unwrap_or_default();
            return Err(failure(format!(
                "Could not download the layer: HTTP {status}: {}",
                String::from_utf8_lossy(&body).trim()
            )));
        }
    }
    f.seek(SeekFrom::Start(have)).map_err(failure)?;
    let content_length = resp
        .headers()
        .get(http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    let total = have + content_length.unwrap_or(0);
    let bar = progress(total, "download");
    bar.set_position(have);
    if status != 416 {
        loop {
            let chunk = match resp.body_mut().frame().await.transpose() {
                Ok(Some(frame)) => match frame.into_data() {
                    Ok(c) => c,
                    Err(_trailers) => continue,
                },
                Ok(None) => break,
                Err(e) => {
                    bar.abandon();
                    let _ = f.sync_all();
                    return Err(failure(format!(
                        "The download was interrupted after {have} bytes ({e}); {} holds them and running the same command again resumes",
                        part.display()
                    )));
                }
            };
            f.write_all(&chunk).map_err(failure)?;
            hasher.update(&chunk);
            have += chunk.len() as u64;
            bar.set_position(have);
        }
    }
    f.sync_all().map_err(failure)?;
    bar.finish_and_clear();
    let got = format!("sha256:{}", hex::encode(hasher.finalize()));
    if digest.starts_with("sha256:") && got != digest {
        let _ = std::fs::remove_file(&part);
        return Err(failure(format!(
            "The downloaded content has digest {got}, not {digest}; the partial file was removed"
        )));
    }
    std::fs::rename(&part, &file).map_err(|e| {
        failure(format!(
            "Could not move {} to {}: {e}",
            part.display(),
            file.display()
        ))
    })?;
    cx.print(
        "DownloadLayer",
        &json!({
            "layerDigest": digest,
            "file": file.display().to_string(),
            "size": have,
            "resumedFrom": resumed_from,
        }),
    )
}

/// `ecr upload-layer --repository-name R FILE`.
pub async fn upload(cx: &Context, m: &ArgMatches) -> Result<(), CliError> {
    let client = cx.client()?;
    let repo = required(m, "repository-name");
    let registry = arg(m, "registry-id").cloned();
    let path = PathBuf::from(required(m, "file"));
    let open = || {
        std::fs::File::open(&path)
            .map_err(|e| failure(format!("Could not open {}: {e}", path.display())))
    };
    let mut f = open()?;
    let mut hasher = Sha256::new();
    let size = hash_prefix(&mut f, &mut hasher).map_err(failure)?;
    let digest = format!("sha256:{}", hex::encode(hasher.finalize()));

    let mut check = client
        .batch_check_layer_availability()
        .repository_name(repo)
        .layer_digests(digest.clone());
    check.input_mut().registry_id = registry.clone();
    let available = check
        .send()
        .await
        .map_err(|e| service_error(cx, "BatchCheckLayerAvailability", e))?
        .layers
        .unwrap_or_default()
        .iter()
        .any(|l| l.layer_availability == Some(LayerAvailability::Available));
    if available {
        return cx.print(
            "UploadLayer",
            &json!({"repositoryName": repo, "layerDigest": digest, "size": size, "uploaded": false}),
        );
    }

    let mut init = client.initiate_layer_upload().repository_name(repo);
    init.input_mut().registry_id = registry.clone();
    let started = init
        .send()
        .await
        .map_err(|e| service_error(cx, "InitiateLayerUpload", e))?;
    let upload_id = started
        .upload_id
        .ok_or_else(|| failure("The registry returned no upload id"))?;
    let part_size = m
        .get_one::<u64>("part-size")
        .copied()
        .or(started.part_size.and_then(|p| u64::try_from(p).ok()))
        .filter(|p| *p > 0)
        .unwrap_or(10 << 20);
    let bar = progress(size, "upload");
    let mut f = open()?;
    let mut first = 0u64;
    let mut buf = vec![0u8; usize::try_from(part_size).unwrap_or(10 << 20)];
    while first < size {
        let want = usize::try_from((size - first).min(part_size)).unwrap_or(buf.len());
        f.read_exact(&mut buf[..want]).map_err(failure)?;
        let mut part = client
            .upload_layer_part()
            .repository_name(repo)
            .upload_id(upload_id.clone())
            .part_first_byte(first as i64)
            .part_last_byte((first + want as u64 - 1) as i64)
            .layer_part_blob(aws_smithy_types::Blob::new(buf[..want].to_vec()));
        part.input_mut().registry_id = registry.clone();
        part.send()
            .await
            .map_err(|e| service_error(cx, "UploadLayerPart", e))?;
        first += want as u64;
        bar.set_position(first);
    }
    bar.finish_and_clear();
    let mut complete = client
        .complete_layer_upload()
        .repository_name(repo)
        .upload_id(upload_id.clone())
        .layer_digests(digest.clone());
    complete.input_mut().registry_id = registry;
    let done = complete
        .send()
        .await
        .map_err(|e| service_error(cx, "CompleteLayerUpload", e))?;
    cx.print(
        "UploadLayer",
        &json!({
            "registryId": done.registry_id,
            "repositoryName": repo,
            "uploadId": upload_id,
            "layerDigest": done.layer_digest.unwrap_or(digest),
            "size": size,
            "uploaded": true,
        }),
    )
}
