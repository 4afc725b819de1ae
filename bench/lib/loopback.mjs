// Preloaded into scripts/serve.mjs (node --import) so the benchmark's server listens on 127.0.0.1 only:
// serve.mjs calls server.listen(port, callback), which would otherwise accept connections on every interface.
import { Server } from 'node:net';

const listen = Server.prototype.listen;
Server.prototype.listen = function (port, ...rest) {
  if (typeof port === 'number' && typeof rest[0] !== 'string') return listen.call(this, port, '127.0.0.1', ...rest);
  return listen.call(this, port, ...rest);
};
