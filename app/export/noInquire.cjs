/* global module */
// The page's stand-in for @protobufjs/inquire (see vite.config.ts): protobufjs asks it for
// optional Node modules (buffer, long); a browser has none, so the answer is always null.
module.exports = function inquire() {
  return null;
};
