# Multi-stage build of a static Mitwirken binary; the PWA is embedded in it.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# The version `mitwirken --version` prints: docker build --build-arg VERSION="$(git describe --always --dirty)" .
ARG VERSION=unknown
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w -X main.version=${VERSION}" -o /out/mitwirken .

FROM alpine:3.22
RUN adduser -D -H -u 10001 mitwirken && mkdir -p /pb_data && chown mitwirken /pb_data
COPY --from=build /out/mitwirken /usr/local/bin/mitwirken
USER mitwirken
VOLUME /pb_data
EXPOSE 8090
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s \
  CMD wget -q -O /dev/null http://127.0.0.1:8090/api/health || exit 1
ENTRYPOINT ["mitwirken", "--dir=/pb_data"]
CMD ["serve", "--http=0.0.0.0:8090"]
