// A small reverse proxy in front of the test server, standing in for the
// TLS-terminating proxy of a production setup (README, Production). It can
// compress responses, as such a proxy does, and rewrite a file, to play
// "a new build was deployed" without rebuilding the server.
import { createServer, request } from 'node:http';
import { createGzip } from 'node:zlib';

const COMPRESSIBLE = /^(text\/(?!event-stream)|application\/(javascript|json|manifest\+json)|image\/svg)/;

/**
 * Starts a proxy for target ("http://127.0.0.1:port"). Options:
 *   gzip: compress text responses when the browser accepts gzip
 *   rewrite: { [path]: (body) => body } applied to those paths while set
 * Returns { url, rewrite, close }.
 */
export async function startProxy(target, { gzip = false } = {}) {
  const rewrite = {};
  const upstreamHost = new URL(target).host;
  const server = createServer((req, res) => {
    const path = req.url.split('?')[0];
    const headers = { ...req.headers, host: upstreamHost };
    if (gzip || rewrite[path]) headers['accept-encoding'] = 'identity';
    const upstream = request(target + req.url, { method: req.method, headers }, (reply) => {
      const out = { ...reply.headers };
      if (rewrite[path]) {
        const chunks = [];
        reply.on('data', (chunk) => chunks.push(chunk));
        reply.on('end', () => {
          const body = Buffer.from(rewrite[path](Buffer.concat(chunks).toString('utf8')));
          out['content-length'] = String(body.length);
          res.writeHead(reply.statusCode, out);
          res.end(body);
        });
        return;
      }
      const accepts = /\bgzip\b/.test(req.headers['accept-encoding'] || '');
      if (gzip && accepts && !out['content-encoding'] && COMPRESSIBLE.test(out['content-type'] || '')) {
        delete out['content-length'];
        out['content-encoding'] = 'gzip';
        out.vary = out.vary ? out.vary + ', Accept-Encoding' : 'Accept-Encoding';
        res.writeHead(reply.statusCode, out);
        reply.pipe(createGzip()).pipe(res);
        return;
      }
      res.writeHead(reply.statusCode, out);
      reply.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    rewrite,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}
