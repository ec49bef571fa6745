//! The Kubernetes manifests in `deploy/kubernetes/` hold what the fleet relies on: three replicas
//! probed over grpc.health.v1, non-root with a read-only root filesystem, the corpus volume
//! watched, the admin token from a Secret, a disruption budget, CPU autoscaling, and both a
//! headless and a ClusterIP Service. Parsed as YAML and checked field by field; the schema check
//! against the Kubernetes API (which needs downloads) is not part of the default test command.

use std::path::PathBuf;

use serde::Deserialize;
use serde_norway::Value;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("deploy/kubernetes")
}

/// Every document of every manifest the kustomization applies.
fn applied() -> Vec<Value> {
    let read = |name: &str| std::fs::read_to_string(dir().join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    let kustomization: Value = serde_norway::from_str(&read("kustomization.yaml")).expect("kustomization");
    let mut docs = Vec::new();
    for file in kustomization["resources"].as_sequence().expect("resources") {
        let file = file.as_str().expect("a file name");
        for doc in serde_norway::Deserializer::from_str(&read(file)) {
            docs.push(Value::deserialize(doc).unwrap_or_else(|e| panic!("{file}: {e}")));
        }
    }
    docs
}

fn of_kind<'a>(docs: &'a [Value], kind: &str) -> Vec<&'a Value> {
    docs.iter().filter(|d| d["kind"] == kind).collect()
}

fn one<'a>(docs: &'a [Value], kind: &str) -> &'a Value {
    let found = of_kind(docs, kind);
    assert_eq!(found.len(), 1, "one {kind}");
    found[0]
}

fn strs(value: &Value) -> Vec<&str> {
    value.as_sequence().map(|s| s.iter().filter_map(Value::as_str).collect()).unwrap_or_default()
}

#[test]
fn every_manifest_has_an_api_version_kind_and_name() {
    let docs = applied();
    assert!(docs.len() >= 6, "{} documents", docs.len());
    for doc in &docs {
        assert!(doc["apiVersion"].is_string() && doc["kind"].is_string(), "{doc:?}");
        assert!(doc["metadata"]["name"].as_str().is_some_and(|n| !n.is_empty()), "{doc:?}");
    }
}

#[test]
fn the_deployment_runs_three_watched_replicas_probed_over_grpc_as_non_root() {
    let docs = applied();
    let deployment = one(&docs, "Deployment");
    assert_eq!(deployment["apiVersion"], "apps/v1");
    assert_eq!(deployment["spec"]["replicas"], 3);
    let labels = &deployment["spec"]["selector"]["matchLabels"];
    assert_eq!(&deployment["spec"]["template"]["metadata"]["labels"], labels, "the selector matches the pods");

    let pod = &deployment["spec"]["template"]["spec"];
    assert_eq!(pod["securityContext"]["runAsNonRoot"], true);
    let containers = pod["containers"].as_sequence().expect("containers");
    assert_eq!(containers.len(), 1);
    let server = &containers[0];
    assert_eq!(server["securityContext"]["readOnlyRootFilesystem"], true);
    assert_eq!(server["securityContext"]["allowPrivilegeEscalation"], false);
    assert!(server["resources"]["requests"]["cpu"].is_string(), "the HPA needs a CPU request");
    assert!(server["resources"]["limits"]["memory"].is_string());

    let grpc_port = server["ports"]
        .as_sequence()
        .and_then(|ports| ports.iter().find(|p| p["name"] == "grpc"))
        .map(|p| p["containerPort"].clone())
        .expect("a grpc port");
    for probe in ["readinessProbe", "livenessProbe"] {
        let grpc = &server[probe]["grpc"];
        assert_eq!(grpc["port"], grpc_port, "{probe} is a native gRPC probe on the serving port");
    }
    assert_eq!(server["readinessProbe"]["grpc"]["service"], "yrdqa.v1.QaService");

    let args = strs(&server["args"]);
    assert!(args.contains(&"--watch"), "{args:?}");
    let corpus = args.iter().position(|a| *a == "--corpus").map(|i| args[i + 1]).expect("--corpus DIR");
    let mount = server["volumeMounts"]
        .as_sequence()
        .and_then(|mounts| mounts.iter().find(|m| m["mountPath"] == corpus))
        .expect("the corpus directory is a mounted volume");
    let volume = pod["volumes"]
        .as_sequence()
        .and_then(|volumes| volumes.iter().find(|v| v["name"] == mount["name"]))
        .expect("the mounted volume is declared");
    let claim = &volume["persistentVolumeClaim"]["claimName"];
    let pvc = one(&docs, "PersistentVolumeClaim");
    assert_eq!(&pvc["metadata"]["name"], claim);
    assert!(strs(&pvc["spec"]["accessModes"]).contains(&"ReadWriteMany"), "shared by every replica");

    let token = server["env"]
        .as_sequence()
        .and_then(|env| env.iter().find(|e| e["name"] == "YRDQA_ADMIN_TOKEN"))
        .expect("the admin token is set");
    assert!(token["value"].is_null(), "never a literal token");
    assert!(token["valueFrom"]["secretKeyRef"]["name"].is_string(), "from a Secret");

    let metrics = args.iter().position(|a| *a == "--metrics-listen").map(|i| args[i + 1]).expect("metrics on");
    let annotations = &deployment["spec"]["template"]["metadata"]["annotations"];
    assert_eq!(annotations["prometheus.io/scrape"], "true");
    assert_eq!(Some(annotations["prometheus.io/port"].as_str().expect("a port")), metrics.rsplit(':').next());
}

#[test]
fn a_headless_and_a_cluster_ip_service_select_the_pods() {
    let docs = applied();
    let pods = &one(&docs, "Deployment")["spec"]["template"]["metadata"]["labels"];
    let services = of_kind(&docs, "Service");
    assert_eq!(services.len(), 2);
    let headless = services.iter().find(|s| s["spec"]["clusterIP"] == "None").expect("a headless Service");
    let cluster_ip = services.iter().find(|s| s["spec"]["type"] == "ClusterIP").expect("a ClusterIP Service");
    for service in [headless, cluster_ip] {
        assert_eq!(&service["spec"]["selector"], pods);
        let ports = service["spec"]["ports"].as_sequence().expect("ports");
        assert!(ports.iter().any(|p| p["port"] == 50051 && p["targetPort"] == "grpc"), "{service:?}");
    }
}

#[test]
fn a_disruption_budget_and_a_cpu_autoscaler_cover_the_deployment() {
    let docs = applied();
    let deployment = one(&docs, "Deployment");
    let pdb = one(&docs, "PodDisruptionBudget");
    assert_eq!(pdb["apiVersion"], "policy/v1");
    assert_eq!(&pdb["spec"]["selector"]["matchLabels"], &deployment["spec"]["selector"]["matchLabels"]);
    let min = pdb["spec"]["minAvailable"].as_u64().expect("minAvailable");
    assert!((1..3).contains(&min), "a drain may take a replica, never all: {min}");

    let hpa = one(&docs, "HorizontalPodAutoscaler");
    assert_eq!(hpa["apiVersion"], "autoscaling/v2");
    assert_eq!(hpa["spec"]["scaleTargetRef"]["kind"], "Deployment");
    assert_eq!(hpa["spec"]["scaleTargetRef"]["name"], deployment["metadata"]["name"]);
    assert!(hpa["spec"]["minReplicas"].as_u64() >= Some(3));
    let metric = &hpa["spec"]["metrics"][0];
    assert_eq!(metric["resource"]["name"], "cpu");
    assert_eq!(metric["resource"]["target"]["type"], "Utilization");
}

#[test]
fn the_secret_example_is_a_shape_only_and_not_applied() {
    let docs = applied();
    assert!(of_kind(&docs, "Secret").is_empty(), "a real token is never committed");
    let text = std::fs::read_to_string(dir().join("secret.example.yaml")).expect("the example");
    let secret: Value = serde_norway::from_str(&text).expect("YAML");
    let deployment = one(&docs, "Deployment");
    let env = &deployment["spec"]["template"]["spec"]["containers"][0]["env"][0]["valueFrom"]["secretKeyRef"];
    assert_eq!(secret["metadata"]["name"], env["name"]);
    assert!(secret["stringData"][env["key"].as_str().expect("a key")].is_string());
}
