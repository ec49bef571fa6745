//! Transport security: `yrdqa-server --tls-cert --tls-key` serves TLS only; the client library and
//! `yrdqa --ca` reach it with the CA that signed its certificate, and nothing else does. The
//! certificates are made by the test (rcgen): a CA, and a server certificate it signs for
//! 127.0.0.1 and localhost.

use std::path::PathBuf;
use std::process::Command;

use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair};
use yrdqa::{SpawnedServer, client_bin};
use yrdqa_client::{Client, ConnectOptions, Error};

/// A CA and a server certificate it signed, as PEM files in a temporary directory.
struct Pki {
    _dir: tempfile::TempDir,
    ca: PathBuf,
    cert: PathBuf,
    key: PathBuf,
}

fn make_pki() -> Pki {
    let dir = tempfile::tempdir().expect("temporary directory");
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).expect("CA params");
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params.distinguished_name.push(DnType::CommonName, "yrdqa test CA");
    let ca = CertifiedIssuer::self_signed(ca_params, KeyPair::generate().expect("CA key")).expect("CA");
    let key = KeyPair::generate().expect("server key");
    let cert = CertificateParams::new(vec!["127.0.0.1".to_string(), "localhost".to_string()])
        .expect("server params")
        .signed_by(&key, &ca)
        .expect("server certificate");
    let write = |name: &str, pem: String| {
        let path = dir.path().join(name);
        std::fs::write(&path, pem).expect("write PEM");
        path
    };
    Pki {
        ca: write("ca.pem", ca.pem()),
        cert: write("server.pem", cert.pem()),
        key: write("server.key", key.serialize_pem()),
        _dir: dir,
    }
}

fn spawn_tls(pki: &Pki) -> SpawnedServer {
    SpawnedServer::spawn(&["--tls-cert", pki.cert.to_str().unwrap(), "--tls-key", pki.key.to_str().unwrap()])
}

async fn connect(addr: &str, ca: Option<&PathBuf>) -> Result<Client, Error> {
    let ca_pem = ca.map(|path| std::fs::read(path).expect("read CA"));
    Client::connect_with(addr, ConnectOptions { ca_pem, ..ConnectOptions::default() }).await
}

#[tokio::test]
async fn a_tls_server_answers_clients_that_trust_its_ca_and_no_one_else() {
    let pki = make_pki();
    let server = spawn_tls(&pki);
    let https = format!("https://{}", server.addr());

    let client = connect(&https, Some(&pki.ca)).await.expect("TLS connection");
    assert_eq!(client.get_meeting(2023).await.expect("over TLS").city, "合肥");
    // A bare host:port with a CA is taken as https.
    let bare = connect(&server.addr().to_string(), Some(&pki.ca)).await.expect("bare address");
    assert_eq!(bare.health().await.expect("health").as_str_name(), "SERVING");

    // Plaintext gets nowhere.
    let plain = match connect(&server.url(), None).await {
        Ok(client) => client.get_meeting(2023).await.map(drop),
        Err(e) => Err(e),
    };
    assert!(plain.is_err(), "a plaintext call was answered");
    // A client trusting another CA refuses the server.
    let stranger = make_pki();
    let other = match connect(&https, Some(&stranger.ca)).await {
        Ok(client) => client.get_meeting(2023).await.map(drop),
        Err(e) => Err(e),
    };
    assert!(other.is_err(), "a certificate from an untrusted CA was accepted");
    // https without a CA, or a CA with http, is a mistake said at once.
    assert!(matches!(connect(&https, None).await, Err(Error::Address { .. })));
    assert!(matches!(connect(&server.url(), Some(&pki.ca)).await, Err(Error::Address { .. })));
}

#[test]
fn the_cli_reaches_a_tls_server_with_ca() {
    let pki = make_pki();
    let server = spawn_tls(&pki);
    let out = Command::new(client_bin())
        .args(["--addr", &format!("https://{}", server.addr()), "--ca", pki.ca.to_str().unwrap(), "health"])
        .env_remove("YRDQA_ADDR")
        .output()
        .expect("run yrdqa");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "SERVING");
}

#[test]
fn a_missing_key_file_stops_the_server_with_one_line() {
    let pki = make_pki();
    let out = Command::new(yrdqa::server_bin())
        .args([
            "--listen",
            "127.0.0.1:0",
            "--tls-cert",
            pki.cert.to_str().unwrap(),
            "--tls-key",
            "/nonexistent/key.pem",
        ])
        .output()
        .expect("run yrdqa-server");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("cannot read /nonexistent/key.pem"), "{stderr}");
}
