# The service image: the build CI proves (release, --locked), then the two binaries on a slim
# Debian, run as a non-root user. The built-in corpus is embedded in yrdqa-server; mount a
# directory and pass --corpus (or set YRDQA_CORPUS) to serve another.
FROM rust:1.95-bookworm AS builder
WORKDIR /src
COPY . .
RUN cargo build --release --locked -p yrdqa-server -p yrdqa-client

FROM debian:bookworm-slim
RUN useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin yrdqa
COPY --from=builder /src/target/release/yrdqa-server /src/target/release/yrdqa /usr/local/bin/
USER yrdqa
EXPOSE 50051
# `yrdqa health` exits 0 only when grpc.health.v1 reports yrdqa.v1.QaService SERVING.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
    CMD ["yrdqa", "--addr", "http://127.0.0.1:50051", "health"]
ENTRYPOINT ["yrdqa-server", "--listen", "0.0.0.0:50051"]
