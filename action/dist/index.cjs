"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// scripts/import-meta-url.mjs
var importMetaUrl;
var init_import_meta_url = __esm({
  "scripts/import-meta-url.mjs"() {
    "use strict";
    importMetaUrl = require("node:url").pathToFileURL(__filename).href;
  }
});

// node_modules/@cdktf/hcl2json/wasm/wasm_exec.js
var require_wasm_exec = __commonJS({
  "node_modules/@cdktf/hcl2json/wasm/wasm_exec.js"() {
    "use strict";
    init_import_meta_url();
    (() => {
      const enosys = () => {
        const err = new Error("not implemented");
        err.code = "ENOSYS";
        return err;
      };
      if (!globalThis.fs) {
        let outputBuf = "";
        globalThis.fs = {
          constants: { O_WRONLY: -1, O_RDWR: -1, O_CREAT: -1, O_TRUNC: -1, O_APPEND: -1, O_EXCL: -1 },
          // unused
          writeSync(fd, buf) {
            outputBuf += decoder.decode(buf);
            const nl = outputBuf.lastIndexOf("\n");
            if (nl != -1) {
              console.log(outputBuf.substr(0, nl));
              outputBuf = outputBuf.substr(nl + 1);
            }
            return buf.length;
          },
          write(fd, buf, offset, length, position, callback) {
            if (offset !== 0 || length !== buf.length || position !== null) {
              callback(enosys());
              return;
            }
            const n = this.writeSync(fd, buf);
            callback(null, n);
          },
          chmod(path18, mode, callback) {
            callback(enosys());
          },
          chown(path18, uid, gid, callback) {
            callback(enosys());
          },
          close(fd, callback) {
            callback(enosys());
          },
          fchmod(fd, mode, callback) {
            callback(enosys());
          },
          fchown(fd, uid, gid, callback) {
            callback(enosys());
          },
          fstat(fd, callback) {
            callback(enosys());
          },
          fsync(fd, callback) {
            callback(null);
          },
          ftruncate(fd, length, callback) {
            callback(enosys());
          },
          lchown(path18, uid, gid, callback) {
            callback(enosys());
          },
          link(path18, link, callback) {
            callback(enosys());
          },
          lstat(path18, callback) {
            callback(enosys());
          },
          mkdir(path18, perm, callback) {
            callback(enosys());
          },
          open(path18, flags, mode, callback) {
            callback(enosys());
          },
          read(fd, buffer, offset, length, position, callback) {
            callback(enosys());
          },
          readdir(path18, callback) {
            callback(enosys());
          },
          readlink(path18, callback) {
            callback(enosys());
          },
          rename(from, to, callback) {
            callback(enosys());
          },
          rmdir(path18, callback) {
            callback(enosys());
          },
          stat(path18, callback) {
            callback(enosys());
          },
          symlink(path18, link, callback) {
            callback(enosys());
          },
          truncate(path18, length, callback) {
            callback(enosys());
          },
          unlink(path18, callback) {
            callback(enosys());
          },
          utimes(path18, atime, mtime, callback) {
            callback(enosys());
          }
        };
      }
      if (!globalThis.process) {
        globalThis.process = {
          getuid() {
            return -1;
          },
          getgid() {
            return -1;
          },
          geteuid() {
            return -1;
          },
          getegid() {
            return -1;
          },
          getgroups() {
            throw enosys();
          },
          pid: -1,
          ppid: -1,
          umask() {
            throw enosys();
          },
          cwd() {
            throw enosys();
          },
          chdir() {
            throw enosys();
          }
        };
      }
      if (!globalThis.crypto) {
        throw new Error("globalThis.crypto is not available, polyfill required (crypto.getRandomValues only)");
      }
      if (!globalThis.performance) {
        throw new Error("globalThis.performance is not available, polyfill required (performance.now only)");
      }
      if (!globalThis.TextEncoder) {
        throw new Error("globalThis.TextEncoder is not available, polyfill required");
      }
      if (!globalThis.TextDecoder) {
        throw new Error("globalThis.TextDecoder is not available, polyfill required");
      }
      const encoder = new TextEncoder("utf-8");
      const decoder = new TextDecoder("utf-8");
      globalThis.Go = class {
        constructor() {
          this.argv = ["js"];
          this.env = {};
          this.exit = (code) => {
            if (code !== 0) {
              console.warn("exit code:", code);
            }
          };
          this._exitPromise = new Promise((resolve) => {
            this._resolveExitPromise = resolve;
          });
          this._pendingEvent = null;
          this._scheduledTimeouts = /* @__PURE__ */ new Map();
          this._nextCallbackTimeoutID = 1;
          const setInt64 = (addr, v) => {
            this.mem.setUint32(addr + 0, v, true);
            this.mem.setUint32(addr + 4, Math.floor(v / 4294967296), true);
          };
          const getInt64 = (addr) => {
            const low = this.mem.getUint32(addr + 0, true);
            const high = this.mem.getInt32(addr + 4, true);
            return low + high * 4294967296;
          };
          const loadValue = (addr) => {
            const f = this.mem.getFloat64(addr, true);
            if (f === 0) {
              return void 0;
            }
            if (!isNaN(f)) {
              return f;
            }
            const id = this.mem.getUint32(addr, true);
            return this._values[id];
          };
          const storeValue = (addr, v) => {
            const nanHead = 2146959360;
            if (typeof v === "number" && v !== 0) {
              if (isNaN(v)) {
                this.mem.setUint32(addr + 4, nanHead, true);
                this.mem.setUint32(addr, 0, true);
                return;
              }
              this.mem.setFloat64(addr, v, true);
              return;
            }
            if (v === void 0) {
              this.mem.setFloat64(addr, 0, true);
              return;
            }
            let id = this._ids.get(v);
            if (id === void 0) {
              id = this._idPool.pop();
              if (id === void 0) {
                id = this._values.length;
              }
              this._values[id] = v;
              this._goRefCounts[id] = 0;
              this._ids.set(v, id);
            }
            this._goRefCounts[id]++;
            let typeFlag = 0;
            switch (typeof v) {
              case "object":
                if (v !== null) {
                  typeFlag = 1;
                }
                break;
              case "string":
                typeFlag = 2;
                break;
              case "symbol":
                typeFlag = 3;
                break;
              case "function":
                typeFlag = 4;
                break;
            }
            this.mem.setUint32(addr + 4, nanHead | typeFlag, true);
            this.mem.setUint32(addr, id, true);
          };
          const loadSlice = (addr) => {
            const array = getInt64(addr + 0);
            const len = getInt64(addr + 8);
            return new Uint8Array(this._inst.exports.mem.buffer, array, len);
          };
          const loadSliceOfValues = (addr) => {
            const array = getInt64(addr + 0);
            const len = getInt64(addr + 8);
            const a = new Array(len);
            for (let i = 0; i < len; i++) {
              a[i] = loadValue(array + i * 8);
            }
            return a;
          };
          const loadString = (addr) => {
            const saddr = getInt64(addr + 0);
            const len = getInt64(addr + 8);
            return decoder.decode(new DataView(this._inst.exports.mem.buffer, saddr, len));
          };
          const timeOrigin = Date.now() - performance.now();
          this.importObject = {
            go: {
              // Go's SP does not change as long as no Go code is running. Some operations (e.g. calls, getters and setters)
              // may synchronously trigger a Go event handler. This makes Go code get executed in the middle of the imported
              // function. A goroutine can switch to a new stack if the current stack is too small (see morestack function).
              // This changes the SP, thus we have to update the SP used by the imported function.
              // func wasmExit(code int32)
              "runtime.wasmExit": (sp) => {
                sp >>>= 0;
                const code = this.mem.getInt32(sp + 8, true);
                this.exited = true;
                delete this._inst;
                delete this._values;
                delete this._goRefCounts;
                delete this._ids;
                delete this._idPool;
                this.exit(code);
              },
              // func wasmWrite(fd uintptr, p unsafe.Pointer, n int32)
              "runtime.wasmWrite": (sp) => {
                sp >>>= 0;
                const fd = getInt64(sp + 8);
                const p = getInt64(sp + 16);
                const n = this.mem.getInt32(sp + 24, true);
                fs.writeSync(fd, new Uint8Array(this._inst.exports.mem.buffer, p, n));
              },
              // func resetMemoryDataView()
              "runtime.resetMemoryDataView": (sp) => {
                sp >>>= 0;
                this.mem = new DataView(this._inst.exports.mem.buffer);
              },
              // func nanotime1() int64
              "runtime.nanotime1": (sp) => {
                sp >>>= 0;
                setInt64(sp + 8, (timeOrigin + performance.now()) * 1e6);
              },
              // func walltime() (sec int64, nsec int32)
              "runtime.walltime": (sp) => {
                sp >>>= 0;
                const msec = (/* @__PURE__ */ new Date()).getTime();
                setInt64(sp + 8, msec / 1e3);
                this.mem.setInt32(sp + 16, msec % 1e3 * 1e6, true);
              },
              // func scheduleTimeoutEvent(delay int64) int32
              "runtime.scheduleTimeoutEvent": (sp) => {
                sp >>>= 0;
                const id = this._nextCallbackTimeoutID;
                this._nextCallbackTimeoutID++;
                this._scheduledTimeouts.set(id, setTimeout(
                  () => {
                    this._resume();
                    while (this._scheduledTimeouts.has(id)) {
                      console.warn("scheduleTimeoutEvent: missed timeout event");
                      this._resume();
                    }
                  },
                  getInt64(sp + 8) + 1
                  // setTimeout has been seen to fire up to 1 millisecond early
                ));
                this.mem.setInt32(sp + 16, id, true);
              },
              // func clearTimeoutEvent(id int32)
              "runtime.clearTimeoutEvent": (sp) => {
                sp >>>= 0;
                const id = this.mem.getInt32(sp + 8, true);
                clearTimeout(this._scheduledTimeouts.get(id));
                this._scheduledTimeouts.delete(id);
              },
              // func getRandomData(r []byte)
              "runtime.getRandomData": (sp) => {
                sp >>>= 0;
                crypto.getRandomValues(loadSlice(sp + 8));
              },
              // func finalizeRef(v ref)
              "syscall/js.finalizeRef": (sp) => {
                sp >>>= 0;
                const id = this.mem.getUint32(sp + 8, true);
                this._goRefCounts[id]--;
                if (this._goRefCounts[id] === 0) {
                  const v = this._values[id];
                  this._values[id] = null;
                  this._ids.delete(v);
                  this._idPool.push(id);
                }
              },
              // func stringVal(value string) ref
              "syscall/js.stringVal": (sp) => {
                sp >>>= 0;
                storeValue(sp + 24, loadString(sp + 8));
              },
              // func valueGet(v ref, p string) ref
              "syscall/js.valueGet": (sp) => {
                sp >>>= 0;
                const result = Reflect.get(loadValue(sp + 8), loadString(sp + 16));
                sp = this._inst.exports.getsp() >>> 0;
                storeValue(sp + 32, result);
              },
              // func valueSet(v ref, p string, x ref)
              "syscall/js.valueSet": (sp) => {
                sp >>>= 0;
                Reflect.set(loadValue(sp + 8), loadString(sp + 16), loadValue(sp + 32));
              },
              // func valueDelete(v ref, p string)
              "syscall/js.valueDelete": (sp) => {
                sp >>>= 0;
                Reflect.deleteProperty(loadValue(sp + 8), loadString(sp + 16));
              },
              // func valueIndex(v ref, i int) ref
              "syscall/js.valueIndex": (sp) => {
                sp >>>= 0;
                storeValue(sp + 24, Reflect.get(loadValue(sp + 8), getInt64(sp + 16)));
              },
              // valueSetIndex(v ref, i int, x ref)
              "syscall/js.valueSetIndex": (sp) => {
                sp >>>= 0;
                Reflect.set(loadValue(sp + 8), getInt64(sp + 16), loadValue(sp + 24));
              },
              // func valueCall(v ref, m string, args []ref) (ref, bool)
              "syscall/js.valueCall": (sp) => {
                sp >>>= 0;
                try {
                  const v = loadValue(sp + 8);
                  const m = Reflect.get(v, loadString(sp + 16));
                  const args = loadSliceOfValues(sp + 32);
                  const result = Reflect.apply(m, v, args);
                  sp = this._inst.exports.getsp() >>> 0;
                  storeValue(sp + 56, result);
                  this.mem.setUint8(sp + 64, 1);
                } catch (err) {
                  sp = this._inst.exports.getsp() >>> 0;
                  storeValue(sp + 56, err);
                  this.mem.setUint8(sp + 64, 0);
                }
              },
              // func valueInvoke(v ref, args []ref) (ref, bool)
              "syscall/js.valueInvoke": (sp) => {
                sp >>>= 0;
                try {
                  const v = loadValue(sp + 8);
                  const args = loadSliceOfValues(sp + 16);
                  const result = Reflect.apply(v, void 0, args);
                  sp = this._inst.exports.getsp() >>> 0;
                  storeValue(sp + 40, result);
                  this.mem.setUint8(sp + 48, 1);
                } catch (err) {
                  sp = this._inst.exports.getsp() >>> 0;
                  storeValue(sp + 40, err);
                  this.mem.setUint8(sp + 48, 0);
                }
              },
              // func valueNew(v ref, args []ref) (ref, bool)
              "syscall/js.valueNew": (sp) => {
                sp >>>= 0;
                try {
                  const v = loadValue(sp + 8);
                  const args = loadSliceOfValues(sp + 16);
                  const result = Reflect.construct(v, args);
                  sp = this._inst.exports.getsp() >>> 0;
                  storeValue(sp + 40, result);
                  this.mem.setUint8(sp + 48, 1);
                } catch (err) {
                  sp = this._inst.exports.getsp() >>> 0;
                  storeValue(sp + 40, err);
                  this.mem.setUint8(sp + 48, 0);
                }
              },
              // func valueLength(v ref) int
              "syscall/js.valueLength": (sp) => {
                sp >>>= 0;
                setInt64(sp + 16, parseInt(loadValue(sp + 8).length));
              },
              // valuePrepareString(v ref) (ref, int)
              "syscall/js.valuePrepareString": (sp) => {
                sp >>>= 0;
                const str = encoder.encode(String(loadValue(sp + 8)));
                storeValue(sp + 16, str);
                setInt64(sp + 24, str.length);
              },
              // valueLoadString(v ref, b []byte)
              "syscall/js.valueLoadString": (sp) => {
                sp >>>= 0;
                const str = loadValue(sp + 8);
                loadSlice(sp + 16).set(str);
              },
              // func valueInstanceOf(v ref, t ref) bool
              "syscall/js.valueInstanceOf": (sp) => {
                sp >>>= 0;
                this.mem.setUint8(sp + 24, loadValue(sp + 8) instanceof loadValue(sp + 16) ? 1 : 0);
              },
              // func copyBytesToGo(dst []byte, src ref) (int, bool)
              "syscall/js.copyBytesToGo": (sp) => {
                sp >>>= 0;
                const dst = loadSlice(sp + 8);
                const src = loadValue(sp + 32);
                if (!(src instanceof Uint8Array || src instanceof Uint8ClampedArray)) {
                  this.mem.setUint8(sp + 48, 0);
                  return;
                }
                const toCopy = src.subarray(0, dst.length);
                dst.set(toCopy);
                setInt64(sp + 40, toCopy.length);
                this.mem.setUint8(sp + 48, 1);
              },
              // func copyBytesToJS(dst ref, src []byte) (int, bool)
              "syscall/js.copyBytesToJS": (sp) => {
                sp >>>= 0;
                const dst = loadValue(sp + 8);
                const src = loadSlice(sp + 16);
                if (!(dst instanceof Uint8Array || dst instanceof Uint8ClampedArray)) {
                  this.mem.setUint8(sp + 48, 0);
                  return;
                }
                const toCopy = src.subarray(0, dst.length);
                dst.set(toCopy);
                setInt64(sp + 40, toCopy.length);
                this.mem.setUint8(sp + 48, 1);
              },
              "debug": (value) => {
                console.log(value);
              }
            }
          };
        }
        async run(instance) {
          if (!(instance instanceof WebAssembly.Instance)) {
            throw new Error("Go.run: WebAssembly.Instance expected");
          }
          this._inst = instance;
          this.mem = new DataView(this._inst.exports.mem.buffer);
          this._values = [
            // JS values that Go currently has references to, indexed by reference id
            NaN,
            0,
            null,
            true,
            false,
            globalThis,
            this
          ];
          this._goRefCounts = new Array(this._values.length).fill(Infinity);
          this._ids = /* @__PURE__ */ new Map([
            // mapping from JS values to reference ids
            [0, 1],
            [null, 2],
            [true, 3],
            [false, 4],
            [globalThis, 5],
            [this, 6]
          ]);
          this._idPool = [];
          this.exited = false;
          let offset = 4096;
          const strPtr = (str) => {
            const ptr = offset;
            const bytes = encoder.encode(str + "\0");
            new Uint8Array(this.mem.buffer, offset, bytes.length).set(bytes);
            offset += bytes.length;
            if (offset % 8 !== 0) {
              offset += 8 - offset % 8;
            }
            return ptr;
          };
          const argc = this.argv.length;
          const argvPtrs = [];
          this.argv.forEach((arg) => {
            argvPtrs.push(strPtr(arg));
          });
          argvPtrs.push(0);
          const keys = Object.keys(this.env).sort();
          keys.forEach((key) => {
            argvPtrs.push(strPtr(`${key}=${this.env[key]}`));
          });
          argvPtrs.push(0);
          const argv = offset;
          argvPtrs.forEach((ptr) => {
            this.mem.setUint32(offset, ptr, true);
            this.mem.setUint32(offset + 4, 0, true);
            offset += 8;
          });
          const wasmMinDataAddr = 4096 + 8192;
          if (offset >= wasmMinDataAddr) {
            throw new Error("total length of command line and environment variables exceeds limit");
          }
          this._inst.exports.run(argc, argv);
          if (this.exited) {
            this._resolveExitPromise();
          }
          await this._exitPromise;
        }
        _resume() {
          if (this.exited) {
            throw new Error("Go program has already exited");
          }
          this._inst.exports.resume();
          if (this.exited) {
            this._resolveExitPromise();
          }
        }
        _makeFuncWrapper(id) {
          const go = this;
          return function() {
            const event = { id, this: this, args: arguments };
            go._pendingEvent = event;
            go._resume();
            return event.result;
          };
        }
      };
    })();
  }
});

// node_modules/@cdktf/hcl2json/wasm/bridge_wasm_exec.js
var require_bridge_wasm_exec = __commonJS({
  "node_modules/@cdktf/hcl2json/wasm/bridge_wasm_exec.js"() {
    "use strict";
    init_import_meta_url();
    globalThis.require = require;
    globalThis.fs = require("fs");
    globalThis.TextEncoder = require("util").TextEncoder;
    globalThis.TextDecoder = require("util").TextDecoder;
    globalThis.performance ??= require("performance");
    if (!globalThis.crypto) {
      const crypto3 = require("crypto");
      globalThis.crypto = {
        getRandomValues(b) {
          return crypto3.randomFillSync(b);
        }
      };
    }
    require_wasm_exec();
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports2, module2) {
    "use strict";
    init_import_meta_url();
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR2 = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR: STAR2,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module2.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports2) {
    "use strict";
    init_import_meta_url();
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports2.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports2.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports2.isRegexChar = (str) => str.length === 1 && exports2.hasRegexChars(str);
    exports2.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports2.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports2.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports2.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports2.escapeLast = (input2, char, lastIdx) => {
      const idx = input2.lastIndexOf(char, lastIdx);
      if (idx === -1) return input2;
      if (input2[idx - 1] === "\\") return exports2.escapeLast(input2, char, idx - 1);
      return `${input2.slice(0, idx)}\\${input2.slice(idx)}`;
    };
    exports2.removePrefix = (input2, state = {}) => {
      let output = input2;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports2.wrapOutput = (input2, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input2})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports2.basename = (path18, { windows } = {}) => {
      const segs = path18.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports2, module2) {
    "use strict";
    init_import_meta_url();
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan2 = (input2, options) => {
      const opts = options || {};
      const length = input2.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input2;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input: input2,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input2.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input2.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input2.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module2.exports = scan2;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports2, module2) {
    "use strict";
    init_import_meta_url();
    var constants4 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants4;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input2) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let value = "";
      let escaped = false;
      for (const ch of input2) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote2 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          continue;
        }
        if (quote2 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants4.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse2 = (input2, options) => {
      if (typeof input2 !== "string") {
        throw new TypeError("Expected a string");
      }
      input2 = REPLACEMENTS[input2] || input2;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input2.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants4.globChars(opts.windows);
      const EXTGLOB_CHARS = constants4.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR: STAR2,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR2;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input: input2,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input2 = utils.removePrefix(input2, state);
      len = input2.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input2[state.index + n];
      const advance = state.advance = () => input2[++state.index] || "";
      const remaining = () => input2.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input2.slice(token.startIndex, state.index + 1);
        const body = input2.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input2)) {
        let backslashes = false;
        let output = input2.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first2, rest, index) => {
          if (first2 === "\\") {
            backslashes = true;
            return m;
          }
          if (first2 === "?") {
            if (esc) {
              return esc + first2 + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first2 === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first2 === "*") {
            if (esc) {
              return esc + first2 + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input2 && opts.contains === true) {
          state.output = input2;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input2[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input2, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input2.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input2 = REPLACEMENTS[input2] || input2;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR: STAR2,
        START_ANCHOR
      } = constants4.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR2;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input2, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module2.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports2, module2) {
    "use strict";
    init_import_meta_url();
    var scan2 = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants4 = require_constants();
    var isObject3 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch4 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input2) => picomatch4(input2, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject3(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch4.compileRe(glob, options) : picomatch4.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch4(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input2, returnObject = false) => {
        const { isMatch, match, output } = picomatch4.test(input2, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input: input2, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input2)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch4.test = (input2, regex, options, { glob, posix } = {}) => {
      if (typeof input2 !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input2 === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format3 = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input2 === glob;
      let output = match && format3 ? format3(input2) : input2;
      if (match === false) {
        output = format3 ? format3(input2) : input2;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch4.matchBase(input2, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch4.matchBase = (input2, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch4.makeRe(glob, options);
      return regex.test(utils.basename(input2, { windows: posix }));
    };
    picomatch4.isMatch = (str, patterns, options) => picomatch4(patterns, options)(str);
    picomatch4.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch4.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch4.scan = (input2, options) => scan2(input2, options);
    picomatch4.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch4.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch4.makeRe = (input2, options = {}, returnOutput = false, returnState = false) => {
      if (!input2 || typeof input2 !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input2[0] === "." || input2[0] === "*")) {
        parsed.output = parse2.fastpaths(input2, options);
      }
      if (!parsed.output) {
        parsed = parse2(input2, options);
      }
      return picomatch4.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch4.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch4.constants = constants4;
    module2.exports = picomatch4;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports2, module2) {
    "use strict";
    init_import_meta_url();
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch4(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch4, pico);
    module2.exports = picomatch4;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports2, module2) {
    "use strict";
    init_import_meta_url();
    module2.exports = function equal2(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal2(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal2(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var equal2 = require_fast_deep_equal();
    equal2.code = 'require("ajv/dist/runtime/equal").default';
    exports2.default = equal2;
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.regexpCode = exports2.getEsmExportName = exports2.getProperty = exports2.safeStringify = exports2.stringify = exports2.strConcat = exports2.addCodeArg = exports2.str = exports2._ = exports2.nil = exports2._Code = exports2.Name = exports2.IDENTIFIER = exports2._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports2._CodeOrName = _CodeOrName;
    exports2.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports2.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports2.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports2._Code = _Code;
    exports2.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports2._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports2.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports2.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports2.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports2.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports2.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports2.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports2.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports2.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports2.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports2.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ValueScope = exports2.ValueScopeName = exports2.Scope = exports2.varKinds = exports2.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports2.UsedValueState = UsedValueState = {}));
    exports2.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope2 = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports2.Scope = Scope2;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports2.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope2 {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports2.varKinds.var : exports2.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports2.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.or = exports2.and = exports2.not = exports2.CodeGen = exports2.operators = exports2.varKinds = exports2.ValueScopeName = exports2.ValueScope = exports2.Scope = exports2.Name = exports2.regexpCode = exports2.stringify = exports2.getProperty = exports2.nil = exports2.strConcat = exports2.str = exports2._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports2, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports2, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports2, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports2, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports2, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports2, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports2, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports2, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports2, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports2, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports2, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports2, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports2.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants4) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants4);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants4) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants4);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants4) {
        this.code = optimizeExpr(this.code, names, constants4);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants4) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants4))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants4) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants4);
        if (!(super.optimizeNames(names, constants4) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants4);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants4) {
        if (!super.optimizeNames(names, constants4))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants4);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants4) {
        if (!super.optimizeNames(names, constants4))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants4);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants4) {
        var _a, _b;
        super.optimizeNames(names, constants4);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants4);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants4);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports2.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports2.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants4) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants4[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants4[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports2.not = not;
    var andCode = mappend(exports2.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports2.and = and;
    var orCode = mappend(exports2.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports2.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.checkStrictMode = exports2.getErrorPath = exports2.Type = exports2.useFunc = exports2.setEvaluated = exports2.evaluatedPropsToName = exports2.mergeEvaluated = exports2.eachItem = exports2.unescapeJsonPointer = exports2.escapeJsonPointer = exports2.escapeFragment = exports2.unescapeFragment = exports2.schemaRefOrVal = exports2.schemaHasRulesButRef = exports2.schemaHasRules = exports2.checkUnknownRules = exports2.alwaysValidSchema = exports2.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash3 = {};
      for (const item of arr)
        hash3[item] = true;
      return hash3;
    }
    exports2.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports2.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules2 = self.RULES.keywords;
      for (const key in schema) {
        if (!rules2[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports2.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules2) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules2[key])
          return true;
      return false;
    }
    exports2.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports2.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports2.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports2.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports2.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports2.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports2.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports2.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports2.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports2.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports2.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports2.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports2.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports2.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports2.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports2.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.extendErrors = exports2.resetErrorsCount = exports2.reportExtraError = exports2.reportError = exports2.keyword$DataError = exports2.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports2.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports2.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports2.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports2.reportError = reportError;
    function reportExtraError(cxt, error = exports2.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports2.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports2.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports2.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message: message2 }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message2 == "function" ? message2(cxt) : message2]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.boolOrEmptySchema = exports2.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports2.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports2.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getRules = exports2.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports2.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports2.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.shouldUseRule = exports2.shouldUseGroup = exports2.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports2.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports2.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports2.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.reportTypeError = exports2.checkDataTypes = exports2.checkDataType = exports2.coerceAndCheckDataType = exports2.getJSONTypes = exports2.getSchemaTypes = exports2.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports2.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports2.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports2.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports2.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports2.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports2.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports2.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports2.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.validateUnion = exports2.validateArray = exports2.usePattern = exports2.callValidateCode = exports2.schemaProperties = exports2.allSchemaProperties = exports2.noPropertyInData = exports2.propertyInData = exports2.isOwnProperty = exports2.hasPropFunc = exports2.reportMissingProp = exports2.checkMissingProp = exports2.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports2.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports2.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports2.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports2.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports2.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports2.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports2.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports2.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports2.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports2.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports2.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports2.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports2.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.validateKeywordUsage = exports2.validSchemaType = exports2.funcKeywordCode = exports2.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports2.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports2.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports2.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports2.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.extendSubschemaMode = exports2.extendSubschemaData = exports2.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports2.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports2.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports2.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports2, module2) {
    "use strict";
    init_import_meta_url();
    var traverse2 = module2.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse2.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse2.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse2.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse2.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse2.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse2.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse2.keywords || opts.allKeys && !(key in traverse2.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getSchemaRefs = exports2.resolveUrl = exports2.normalizeId = exports2._getFullPath = exports2.getFullPath = exports2.inlineRef = void 0;
    var util_1 = require_util();
    var equal2 = require_fast_deep_equal();
    var traverse2 = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys2(schema) <= limit;
    }
    exports2.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys2(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys2(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports2.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports2._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports2.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports2.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse2(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal2(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports2.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getData = exports2.KeywordCxt = exports2.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports2.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules2 = it.self.RULES.all;
      for (const keyword in rules2) {
        const rule = rules2[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports2.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments2 = jsonPointer.split("/");
      for (const segment of segments2) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports2.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports2.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports2.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.resolveSchema = exports2.getCompilingSchema = exports2.resolveRef = exports2.compileSchema = exports2.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports2.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines: lines2 } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines: lines2, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports2.compileSchema = compileSchema;
    function resolveRef(root2, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root2.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root2, ref);
      if (_sch === void 0) {
        const schema = (_a = root2.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root: root2, baseId });
      }
      if (_sch === void 0)
        return;
      return root2.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports2.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports2.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root2, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root2, ref);
    }
    function resolveSchema(root2, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root2.baseId, void 0);
      if (Object.keys(root2.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root2);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root2, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root: root2, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports2.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root: root2 }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root2, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root: root2, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports2, module2) {
    module2.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports2, module2) {
    "use strict";
    init_import_meta_url();
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input2) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input2.length; i++) {
        code = input2[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input2[i];
        break;
      }
      for (i += 1; i < input2.length; i++) {
        code = input2[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input2[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input2) {
      const compression = input2.indexOf("::");
      if (compression !== -1 && input2.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input2.split(":") : input2.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input2.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input2 = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input2)) {
        input2 = input2.toLowerCase();
        return { host: `[${input2}]`, escapedHost: input2, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input2, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input2.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input2.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input2.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input2 = input2.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input2);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path18) {
      let input2 = path18;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input2.length) {
        if (len === 1) {
          if (input2 === ".") {
            break;
          } else if (input2 === "/") {
            output.push("/");
            break;
          } else {
            output.push(input2);
            break;
          }
        } else if (len === 2) {
          if (input2[0] === ".") {
            if (input2[1] === ".") {
              break;
            } else if (input2[1] === "/") {
              input2 = input2.slice(2);
              continue;
            }
          } else if (input2[0] === "/") {
            if (input2[1] === "." || input2[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input2 === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input2[0] === ".") {
          if (input2[1] === ".") {
            if (input2[2] === "/") {
              input2 = input2.slice(3);
              continue;
            }
          } else if (input2[1] === "/") {
            input2 = input2.slice(2);
            continue;
          }
        } else if (input2[0] === "/") {
          if (input2[1] === ".") {
            if (input2[2] === "/") {
              input2 = input2.slice(2);
              continue;
            } else if (input2[2] === ".") {
              if (input2[3] === "/") {
                input2 = input2.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input2.indexOf("/", 1)) === -1) {
          output.push(input2);
          break;
        } else {
          output.push(input2.slice(0, nextSlash));
          input2 = input2.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path18) {
      if (path18 === "" || path18[0] === "/") {
        return removeDotSegments(path18);
      }
      const segments2 = path18.split("/");
      const last = segments2.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments2[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input2, decodeUnreserved = false) {
      if (input2.indexOf("%") === -1) {
        return input2;
      }
      let output = "";
      for (let i = 0; i < input2.length; i++) {
        if (input2[i] === "%" && i + 2 < input2.length) {
          const hex = input2.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input2[i];
      }
      return output;
    }
    function normalizePathEncoding(input2) {
      let output = "";
      for (let i = 0; i < input2.length; i++) {
        const ch = input2[i];
        if (ch === "%" && i + 2 < input2.length) {
          const hex = input2.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input2.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input2.length) {
            const low = input2.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input2, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input2[0] !== "/";
      for (let i = 0; i < input2.length; i++) {
        const ch = input2[i];
        if (ch === "%" && i + 2 < input2.length) {
          const hex = input2.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input2.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input2.length) {
            const low = input2.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input2, isAllowed) {
      let output = "";
      for (let i = 0; i < input2.length; i++) {
        const ch = input2[i];
        if (ch === "%" && i + 2 < input2.length) {
          const hex = input2.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input2.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input2.length) {
            const low = input2.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input2) {
      return encodeComponent(input2, isUserinfoCharacter);
    }
    function encodeQuery(input2) {
      return encodeComponent(input2, isQueryFragmentCharacter);
    }
    function encodeFragment(input2) {
      return encodeComponent(input2, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input2) {
      let output = "";
      for (let i = 0; i < input2.length; i++) {
        const ch = input2[i];
        if (ch === "%" && i + 2 < input2.length) {
          const hex = input2.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input2.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input2.length) {
            const low = input2.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input2) {
      let output = "";
      for (let i = 0; i < input2.length; i++) {
        if (input2[i] === "%" && i + 2 < input2.length) {
          const hex = input2.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input2[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module2.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports2, module2) {
    "use strict";
    init_import_meta_url();
    var { isUUID } = require_utils2();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path18 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path18 && path18 !== "/" ? path18 : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module2.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports2, module2) {
    "use strict";
    init_import_meta_url();
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils2();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse2(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse2(serialize(base, options), options);
        relative = parse2(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal2(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse2(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal: equal2,
      serialize,
      parse: parse2
    };
    module2.exports = fastUri;
    module2.exports.default = fastUri;
    module2.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports2.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.CodeGen = exports2.Name = exports2.nil = exports2.stringify = exports2.str = exports2._ = exports2.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports2, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports2, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports2, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports2, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports2, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports2, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports2, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines: lines2 } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines: lines2 });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message2 = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message2);
          else
            throw new Error(message2);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root2 = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root2, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format3) {
        if (typeof format3 == "string")
          format3 = new RegExp(format3);
        this.formats[name] = format3;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules2 = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments2 = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments2)
            keywords = keywords[seg];
          for (const key in rules2) {
            const rule = rules2[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports2.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format3 = this.opts.formats[name];
        if (format3)
          this.addFormat(name, format3);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.callRef = exports2.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root: root2 } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root2.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root2, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root2)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root2 });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root2, root2.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports2.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports2.callRef = callRef;
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports2.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports2.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports2.validateAdditionalItems = validateAdditionalItems;
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports2.validateTuple = validateTuple;
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.validateSchemaDeps = exports2.validatePropertyDeps = exports2.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports2.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports2.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports2.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports2.validateSchemaDeps = validateSchemaDeps;
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports2.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format3 = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format3, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format3, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format3}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format3}(${data}) : ${format3}(${data}))` : (0, codegen_1._)`${format3}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format3} == "function" ? ${callFormat} : ${format3}.test(${data}))`;
            return (0, codegen_1._)`${format3} && ${format3} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format3, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format3 == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var format_1 = require_format();
    var format3 = [format_1.default];
    exports2.default = format3;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.contentVocabulary = exports2.metadataVocabulary = void 0;
    exports2.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports2.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports2.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports2.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports2.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports2, module2) {
    module2.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports2, module2) {
    "use strict";
    init_import_meta_url();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.MissingRefError = exports2.ValidationError = exports2.CodeGen = exports2.Name = exports2.nil = exports2.stringify = exports2.str = exports2._ = exports2.KeywordCxt = exports2.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports2.Ajv = Ajv2;
    module2.exports = exports2 = Ajv2;
    module2.exports.Ajv = Ajv2;
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports2, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports2, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports2, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports2, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports2, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports2, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports2, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports2, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports2, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// src/util/ajv.ts
var ajv_exports = {};
__export(ajv_exports, {
  createAjv: () => createAjv
});
function createAjv(options = {}) {
  return new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true, ...options });
}
var import_ajv, Ajv;
var init_ajv = __esm({
  "src/util/ajv.ts"() {
    "use strict";
    init_import_meta_url();
    import_ajv = __toESM(require_ajv(), 1);
    Ajv = import_ajv.default.default;
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports2, module2) {
    init_import_meta_url();
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE2 = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM2 = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH2 = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH2 && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE2) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run2, space) => space ? run2.slice(0, run2.length - run2.length % 2) + SPACE2 : run2,
        ESCAPE + SPACE2
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH2
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH2
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH2 ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run2, at2) => {
      let separator = EMPTY;
      for (let index = at2 + 1; index < run2.length && !run2[index].wildcard; index++) {
        separator += run2[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run2 = [];
      const flush = () => {
        let lastWildcard;
        run2.forEach((token, at2) => {
          if (token.wildcard) {
            lastWildcard = at2;
          }
        });
        run2.forEach((token, at2) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at2 === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run2, at2)})[^\\/])*`;
        });
        run2 = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run2.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH2) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH2);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path18) => {
      const end = path18.length - 1;
      const index = path18.lastIndexOf(
        SLASH2,
        path18[end] === SLASH2 ? end - 1 : end
      );
      return index < 0 ? path18 : path18.slice(index + 1);
    };
    var parentOf = (path18) => {
      if (path18.charCodeAt(0) === SLASH_CODE || path18.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path18.split(SLASH2).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH2) + SLASH2 : EMPTY;
      }
      const end = path18.length - 1;
      const cut = path18.lastIndexOf(
        SLASH2,
        path18.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path18.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE2) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE2 : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM2 ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE2 || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM2;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path18) {
        const rules2 = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH2 ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules2.length - 1; index >= 0; index--) {
          const rule = rules2[index];
          if (rule.checkRegex.test(path18)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path18, mode) {
        const rules2 = this._rules;
        const { length } = rules2;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path18) : path18;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules2[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path18
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message2, Ctor) => {
      throw new Ctor(message2);
    };
    var checkPath = (path18, originalPath, doThrow) => {
      if (!isString(path18)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path18) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path18)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path18) => {
      const first2 = path18.charCodeAt(0);
      if (first2 === SLASH_CODE) {
        return true;
      }
      if (first2 !== DOT_CODE) {
        return false;
      }
      if (path18.length === 1) {
        return true;
      }
      const second = path18.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path18.length === 2 || path18.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path18) {
        checkPath(
          path18,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path18 ? this._t(path18, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path18 = convertPath(target);
        if (!path18 || path18.charCodeAt(path18.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path18);
        }
        const dir = this._t(path18, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path18);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path18, cache) {
        const cached = cache[path18];
        if (cached) {
          return cached;
        }
        const parentPath = parentOf(path18);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path18] = parent && parent.ignored ? parent : this._rules.test(path18, MODE_IGNORE);
      }
      ignores(path18) {
        return this._test(path18, this._ignoreCache, convertPath(path18)).ignored;
      }
      createFilter() {
        return (path18) => !this.ignores(path18);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path18) {
        return this._test(path18, this._testCache, convertPath(path18));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path18) => checkPath(convertPath(path18), path18, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path18) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path18) || isNotRelative(path18);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module2.exports = factory;
    factory.default = factory;
    module2.exports.isPathValid = isPathValid;
    define(module2.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/action/main.ts
init_import_meta_url();
var import_node_worker_threads2 = require("node:worker_threads");

// src/action/action.ts
init_import_meta_url();
var import_node_fs15 = require("node:fs");
var import_node_path17 = __toESM(require("node:path"), 1);

// src/config/var-files.ts
init_import_meta_url();
var import_node_path4 = __toESM(require("node:path"), 1);

// src/util/errors.ts
init_import_meta_url();
var UsageError = class extends Error {
  name = "UsageError";
};

// src/model/tree.ts
init_import_meta_url();

// src/model/spec.ts
init_import_meta_url();

// src/generated/jobspec-sources.ts
init_import_meta_url();
var NOMAD_API_SOURCE = {
  "$comment": [
    "The hcl tags of the structs in hashicorp/nomad's api package (api/*.go) that a jobspec can reach from api.Job, at the release tags from v1.1.0 to v2.0.5 where they changed (versions): for each struct, its block labels and, for each hcl name, the Go field, its kind and the versions that have it.",
    "attribute: type is the jobspec type of the Go type (go_type); required when the tag has no ,optional and the type is no pointer.",
    "block: block is the struct its body decodes into; mode single (a *T field: one block), repeated ([]T), by_label (map[string]*T: one block per label).",
    "map: a block with no labels whose body is attributes only (map[string]T), with values of the given type.",
    "since: the first version that has it (Service.cluster is read from v1.8.0: the tag of v1.7.0 is malformed); until: the first version that no longer has it; required_since: the first version that requires it.",
    "How jobspec2 departs from these tags is in jobspec2.json beside this file."
  ],
  "versions": [
    "1.1.0",
    "1.1.1",
    "1.1.5",
    "1.1.15",
    "1.2.0",
    "1.2.4",
    "1.2.9",
    "1.3.0",
    "1.3.2",
    "1.3.3",
    "1.3.4",
    "1.4.0",
    "1.4.3",
    "1.5.0",
    "1.5.4",
    "1.5.5",
    "1.6.0",
    "1.6.2",
    "1.7.0",
    "1.7.2",
    "1.7.3",
    "1.7.7",
    "1.8.0",
    "1.8.1",
    "1.8.2",
    "1.8.3",
    "1.8.4",
    "1.9.0",
    "1.9.2",
    "1.10.0",
    "1.10.2",
    "1.10.3",
    "1.10.4",
    "1.11.0",
    "1.11.1",
    "1.11.2",
    "2.0.0",
    "2.0.3",
    "2.0.5"
  ],
  "structs": {
    "Job": {
      "kind": "job",
      "source": "api/jobs.go",
      "fields": {
        "region": {
          "go": "Region",
          "type": "string",
          "go_type": "*string"
        },
        "namespace": {
          "go": "Namespace",
          "type": "string",
          "go_type": "*string"
        },
        "id": {
          "go": "ID",
          "type": "string",
          "go_type": "*string"
        },
        "name": {
          "go": "Name",
          "type": "string",
          "go_type": "*string"
        },
        "type": {
          "go": "Type",
          "type": "string",
          "go_type": "*string"
        },
        "priority": {
          "go": "Priority",
          "type": "number",
          "go_type": "*int"
        },
        "all_at_once": {
          "go": "AllAtOnce",
          "type": "bool",
          "go_type": "*bool"
        },
        "datacenters": {
          "go": "Datacenters",
          "type": "list",
          "go_type": "[]string"
        },
        "constraint": {
          "go": "Constraints",
          "block": "Constraint",
          "mode": "repeated"
        },
        "affinity": {
          "go": "Affinities",
          "block": "Affinity",
          "mode": "repeated"
        },
        "group": {
          "go": "TaskGroups",
          "block": "TaskGroup",
          "mode": "repeated"
        },
        "update": {
          "go": "Update",
          "block": "UpdateStrategy",
          "mode": "single"
        },
        "multiregion": {
          "go": "Multiregion",
          "block": "Multiregion",
          "mode": "single"
        },
        "spread": {
          "go": "Spreads",
          "block": "Spread",
          "mode": "repeated"
        },
        "periodic": {
          "go": "Periodic",
          "block": "PeriodicConfig",
          "mode": "single"
        },
        "parameterized": {
          "go": "ParameterizedJob",
          "block": "ParameterizedJobConfig",
          "mode": "single"
        },
        "reschedule": {
          "go": "Reschedule",
          "block": "ReschedulePolicy",
          "mode": "single"
        },
        "migrate": {
          "go": "Migrate",
          "block": "MigrateStrategy",
          "mode": "single"
        },
        "meta": {
          "go": "Meta",
          "map": "string",
          "go_type": "map[string]string"
        },
        "consul_token": {
          "go": "ConsulToken",
          "type": "string",
          "go_type": "*string",
          "until": "1.10.0"
        },
        "vault_token": {
          "go": "VaultToken",
          "type": "string",
          "go_type": "*string",
          "until": "1.10.0"
        },
        "node_pool": {
          "go": "NodePool",
          "type": "string",
          "go_type": "*string",
          "since": "1.6.0"
        },
        "ui": {
          "go": "UI",
          "block": "JobUIConfig",
          "mode": "single",
          "since": "1.8.0"
        }
      }
    },
    "Constraint": {
      "kind": "constraint",
      "source": "api/constraint.go",
      "fields": {
        "attribute": {
          "go": "LTarget",
          "type": "string",
          "go_type": "string"
        },
        "value": {
          "go": "RTarget",
          "type": "string",
          "go_type": "string"
        },
        "operator": {
          "go": "Operand",
          "type": "string",
          "go_type": "string"
        }
      }
    },
    "Affinity": {
      "kind": "affinity",
      "source": "api/tasks.go",
      "fields": {
        "attribute": {
          "go": "LTarget",
          "type": "string",
          "go_type": "string"
        },
        "value": {
          "go": "RTarget",
          "type": "string",
          "go_type": "string"
        },
        "operator": {
          "go": "Operand",
          "type": "string",
          "go_type": "string"
        },
        "weight": {
          "go": "Weight",
          "type": "number",
          "go_type": "*int8"
        }
      }
    },
    "TaskGroup": {
      "kind": "group",
      "source": "api/tasks.go",
      "labels": [
        {
          "hcl": "name",
          "go": "Name"
        }
      ],
      "fields": {
        "count": {
          "go": "Count",
          "type": "number",
          "go_type": "*int"
        },
        "constraint": {
          "go": "Constraints",
          "block": "Constraint",
          "mode": "repeated"
        },
        "affinity": {
          "go": "Affinities",
          "block": "Affinity",
          "mode": "repeated"
        },
        "task": {
          "go": "Tasks",
          "block": "Task",
          "mode": "repeated"
        },
        "spread": {
          "go": "Spreads",
          "block": "Spread",
          "mode": "repeated"
        },
        "volume": {
          "go": "Volumes",
          "block": "VolumeRequest",
          "mode": "by_label"
        },
        "restart": {
          "go": "RestartPolicy",
          "block": "RestartPolicy",
          "mode": "single"
        },
        "reschedule": {
          "go": "ReschedulePolicy",
          "block": "ReschedulePolicy",
          "mode": "single"
        },
        "ephemeral_disk": {
          "go": "EphemeralDisk",
          "block": "EphemeralDisk",
          "mode": "single"
        },
        "update": {
          "go": "Update",
          "block": "UpdateStrategy",
          "mode": "single"
        },
        "migrate": {
          "go": "Migrate",
          "block": "MigrateStrategy",
          "mode": "single"
        },
        "network": {
          "go": "Networks",
          "block": "NetworkResource",
          "mode": "repeated"
        },
        "meta": {
          "go": "Meta",
          "map": "string",
          "go_type": "map[string]string"
        },
        "service": {
          "go": "Services",
          "block": "Service",
          "mode": "repeated"
        },
        "shutdown_delay": {
          "go": "ShutdownDelay",
          "type": "duration",
          "go_type": "*time.Duration"
        },
        "stop_after_client_disconnect": {
          "go": "StopAfterClientDisconnect",
          "type": "duration",
          "go_type": "*time.Duration"
        },
        "scaling": {
          "go": "Scaling",
          "block": "ScalingPolicy",
          "mode": "single"
        },
        "consul": {
          "go": "Consul",
          "block": "Consul",
          "mode": "single"
        },
        "max_client_disconnect": {
          "go": "MaxClientDisconnect",
          "type": "duration",
          "go_type": "*time.Duration",
          "since": "1.3.0"
        },
        "prevent_reschedule_on_lost": {
          "go": "PreventRescheduleOnLost",
          "type": "bool",
          "go_type": "*bool",
          "since": "1.7.2"
        },
        "disconnect": {
          "go": "Disconnect",
          "block": "DisconnectStrategy",
          "mode": "single",
          "since": "1.8.0"
        },
        "max_run_duration": {
          "go": "MaxRunDuration",
          "type": "duration",
          "go_type": "*time.Duration",
          "since": "2.0.3"
        }
      }
    },
    "UpdateStrategy": {
      "kind": "update",
      "source": "api/jobs.go",
      "fields": {
        "stagger": {
          "go": "Stagger",
          "type": "duration",
          "go_type": "*time.Duration"
        },
        "max_parallel": {
          "go": "MaxParallel",
          "type": "number",
          "go_type": "*int"
        },
        "health_check": {
          "go": "HealthCheck",
          "type": "string",
          "go_type": "*string"
        },
        "min_healthy_time": {
          "go": "MinHealthyTime",
          "type": "duration",
          "go_type": "*time.Duration"
        },
        "healthy_deadline": {
          "go": "HealthyDeadline",
          "type": "duration",
          "go_type": "*time.Duration"
        },
        "progress_deadline": {
          "go": "ProgressDeadline",
          "type": "duration",
          "go_type": "*time.Duration"
        },
        "canary": {
          "go": "Canary",
          "type": "number",
          "go_type": "*int"
        },
        "auto_revert": {
          "go": "AutoRevert",
          "type": "bool",
          "go_type": "*bool"
        },
        "auto_promote": {
          "go": "AutoPromote",
          "type": "bool",
          "go_type": "*bool"
        }
      }
    },
    "Multiregion": {
      "kind": "multiregion",
      "source": "api/jobs.go",
      "fields": {
        "strategy": {
          "go": "Strategy",
          "block": "MultiregionStrategy",
          "mode": "single"
        },
        "region": {
          "go": "Regions",
          "block": "MultiregionRegion",
          "mode": "repeated"
        }
      }
    },
    "Spread": {
      "kind": "spread",
      "source": "api/tasks.go",
      "fields": {
        "attribute": {
          "go": "Attribute",
          "type": "string",
          "go_type": "string"
        },
        "weight": {
          "go": "Weight",
          "type": "number",
          "go_type": "*int8"
        },
        "target": {
          "go": "SpreadTarget",
          "block": "SpreadTarget",
          "mode": "repeated"
        }
      }
    },
    "PeriodicConfig": {
      "kind": "periodic",
      "source": "api/jobs.go",
      "fields": {
        "enabled": {
          "go": "Enabled",
          "type": "bool",
          "go_type": "*bool"
        },
        "cron": {
          "go": "Spec",
          "type": "string",
          "go_type": "*string"
        },
        "prohibit_overlap": {
          "go": "ProhibitOverlap",
          "type": "bool",
          "go_type": "*bool"
        },
        "time_zone": {
          "go": "TimeZone",
          "type": "string",
          "go_type": "*string"
        },
        "crons": {
          "go": "Specs",
          "type": "list",
          "go_type": "[]string",
          "since": "1.6.2"
        }
      }
    },
    "ParameterizedJobConfig": {
      "kind": "parameterized",
      "source": "api/jobs.go",
      "fields": {
        "payload": {
          "go": "Payload",
          "type": "string",
          "go_type": "string"
        },
        "meta_required": {
          "go": "MetaRequired",
          "type": "list",
          "go_type": "[]string"
        },
        "meta_optional": {
          "go": "MetaOptional",
          "type": "list",
          "go_type": "[]string"
        }
      }
    },
    "ReschedulePolicy": {
      "kind": "reschedule",
      "source": "api/tasks.go",
      "fields": {
        "attempts": {
          "go": "Attempts",
          "type": "number",
          "go_type": "*int"
        },
        "interval": {
          "go": "Interval",
          "type": "duration",
          "go_type": "*time.Duration"
        },
        "delay": {
          "go": "Delay",
          "type": "duration",
          "go_type": "*time.Duration"
        },
        "delay_function": {
          "go": "DelayFunction",
          "type": "string",
          "go_type": "*string"
        },
        "max_delay": {
          "go": "MaxDelay",
          "type": "duration",
          "go_type": "*time.Duration"
        },
        "unlimited": {
          "go": "Unlimited",
          "type": "bool",
          "go_type": "*bool"
        }
      }
    },
    "MigrateStrategy": {
      "kind": "migrate",
      "source": "api/tasks.go",
      "fields": {
        "max_parallel": {
          "go": "MaxParallel",
          "type": "number",
          "go_type": "*int"
        },
        "health_check": {
          "go": "HealthCheck",
          "type": "string",
          "go_type": "*string"
        },
        "min_healthy_time": {
          "go": "MinHealthyTime",
          "type": "duration",
          "go_type": "*time.Duration"
        },
        "healthy_deadline": {
          "go": "HealthyDeadline",
          "type": "duration",
          "go_type": "*time.Duration"
        }
      }
    },
    "Task": {
      "kind": "task",
      "source": "api/tasks.go",
      "labels": [
        {
          "hcl": "name",
          "go": "Name"
        }
      ],
      "fields": {
        "driver": {
          "go": "Driver",
          "type": "string",
          "go_type": "string"
        },
        "user": {
          "go": "User",
          "type": "string",
          "go_type": "string"
        },
        "lifecycle": {
          "go": "Lifecycle",
          "block": "TaskLifecycle",
          "mode": "single"
        },
        "config": {
          "go": "Config",
          "map": "any",
          "go_type": "map[string]any"
        },
        "constraint": {
          "go": "Constraints",
          "block": "Constraint",
          "mode": "repeated"
        },
        "affinity": {
          "go": "Affinities",
          "block": "Affinity",
          "mode": "repeated"
        },
        "env": {
          "go": "Env",
          "map": "string",
          "go_type": "map[string]string"
        },
        "service": {
          "go": "Services",
          "block": "Service",
          "mode": "repeated"
        },
        "resources": {
          "go": "Resources",
          "block": "Resources",
          "mode": "single"
        },
        "restart": {
          "go": "RestartPolicy",
          "block": "RestartPolicy",
          "mode": "single"
        },
        "meta": {
          "go": "Meta",
          "map": "string",
          "go_type": "map[string]string"
        },
        "kill_timeout": {
          "go": "KillTimeout",
          "type": "duration",
          "go_type": "*time.Duration"
        },
        "logs": {
          "go": "LogConfig",
          "block": "LogConfig",
          "mode": "single"
        },
        "artifact": {
          "go": "Artifacts",
          "block": "TaskArtifact",
          "mode": "repeated"
        },
        "vault": {
          "go": "Vault",
          "block": "Vault",
          "mode": "single"
        },
        "template": {
          "go": "Templates",
          "block": "Template",
          "mode": "repeated"
        },
        "dispatch_payload": {
          "go": "DispatchPayload",
          "block": "DispatchPayloadConfig",
          "mode": "single"
        },
        "volume_mount": {
          "go": "VolumeMounts",
          "block": "VolumeMount",
          "mode": "repeated"
        },
        "csi_plugin": {
          "go": "CSIPluginConfig",
          "block": "TaskCSIPluginConfig",
          "mode": "single"
        },
        "leader": {
          "go": "Leader",
          "type": "bool",
          "go_type": "bool"
        },
        "shutdown_delay": {
          "go": "ShutdownDelay",
          "type": "duration",
          "go_type": "time.Duration"
        },
        "kill_signal": {
          "go": "KillSignal",
          "type": "string",
          "go_type": "string"
        },
        "kind": {
          "go": "Kind",
          "type": "string",
          "go_type": "string"
        },
        "scaling": {
          "go": "ScalingPolicies",
          "block": "ScalingPolicy",
          "mode": "repeated"
        },
        "identity": {
          "go": "Identities",
          "block": "WorkloadIdentity",
          "mode": "repeated",
          "since": "1.5.0",
          "mode_history": {
            "1.5.0": "single",
            "1.7.0": "repeated"
          }
        },
        "consul": {
          "go": "Consul",
          "block": "Consul",
          "mode": "single",
          "since": "1.7.0"
        },
        "action": {
          "go": "Actions",
          "block": "Action",
          "mode": "repeated",
          "since": "1.7.0"
        },
        "schedule": {
          "go": "Schedule",
          "block": "TaskSchedule",
          "mode": "single",
          "since": "1.8.0"
        },
        "secret": {
          "go": "Secrets",
          "block": "Secret",
          "mode": "repeated",
          "since": "1.11.0"
        }
      }
    },
    "VolumeRequest": {
      "kind": "volume",
      "source": "api/tasks.go",
      "labels": [
        {
          "hcl": "name",
          "go": "Name"
        }
      ],
      "fields": {
        "type": {
          "go": "Type",
          "type": "string",
          "go_type": "string"
        },
        "source": {
          "go": "Source",
          "type": "string",
          "go_type": "string"
        },
        "read_only": {
          "go": "ReadOnly",
          "type": "bool",
          "go_type": "bool"
        },
        "access_mode": {
          "go": "AccessMode",
          "type": "string",
          "go_type": "string"
        },
        "attachment_mode": {
          "go": "AttachmentMode",
          "type": "string",
          "go_type": "string"
        },
        "mount_options": {
          "go": "MountOptions",
          "block": "CSIMountOptions",
          "mode": "single"
        },
        "per_alloc": {
          "go": "PerAlloc",
          "type": "bool",
          "go_type": "bool"
        },
        "sticky": {
          "go": "Sticky",
          "type": "bool",
          "go_type": "bool",
          "since": "1.10.0"
        }
      }
    },
    "RestartPolicy": {
      "kind": "restart",
      "source": "api/tasks.go",
      "fields": {
        "interval": {
          "go": "Interval",
          "type": "duration",
          "go_type": "*time.Duration"
        },
        "attempts": {
          "go": "Attempts",
          "type": "number",
          "go_type": "*int"
        },
        "delay": {
          "go": "Delay",
          "type": "duration",
          "go_type": "*time.Duration"
        },
        "mode": {
          "go": "Mode",
          "type": "string",
          "go_type": "*string"
        },
        "render_templates": {
          "go": "RenderTemplates",
          "type": "bool",
          "go_type": "*bool",
          "since": "1.6.2"
        }
      }
    },
    "EphemeralDisk": {
      "kind": "ephemeral_disk",
      "source": "api/tasks.go",
      "fields": {
        "sticky": {
          "go": "Sticky",
          "type": "bool",
          "go_type": "*bool"
        },
        "migrate": {
          "go": "Migrate",
          "type": "bool",
          "go_type": "*bool"
        },
        "size": {
          "go": "SizeMB",
          "type": "number",
          "go_type": "*int"
        }
      }
    },
    "NetworkResource": {
      "kind": "network",
      "source": "api/resources.go",
      "fields": {
        "mode": {
          "go": "Mode",
          "type": "string",
          "go_type": "string"
        },
        "device": {
          "go": "Device",
          "type": "string",
          "go_type": "string"
        },
        "cidr": {
          "go": "CIDR",
          "type": "string",
          "go_type": "string"
        },
        "ip": {
          "go": "IP",
          "type": "string",
          "go_type": "string"
        },
        "dns": {
          "go": "DNS",
          "block": "DNSConfig",
          "mode": "single"
        },
        "reserved_ports": {
          "go": "ReservedPorts",
          "block": "Port",
          "mode": "repeated"
        },
        "port": {
          "go": "DynamicPorts",
          "block": "Port",
          "mode": "repeated"
        },
        "mbits": {
          "go": "MBits",
          "type": "number",
          "go_type": "*int"
        },
        "hostname": {
          "go": "Hostname",
          "type": "string",
          "go_type": "string",
          "since": "1.1.5"
        },
        "cni": {
          "go": "CNI",
          "block": "CNIConfig",
          "mode": "single",
          "since": "1.8.2"
        }
      }
    },
    "Service": {
      "kind": "service",
      "source": "api/services.go",
      "fields": {
        "id": {
          "go": "Id",
          "type": "string",
          "go_type": "string",
          "until": "1.3.0"
        },
        "name": {
          "go": "Name",
          "type": "string",
          "go_type": "string"
        },
        "tags": {
          "go": "Tags",
          "type": "list",
          "go_type": "[]string"
        },
        "canary_tags": {
          "go": "CanaryTags",
          "type": "list",
          "go_type": "[]string"
        },
        "enable_tag_override": {
          "go": "EnableTagOverride",
          "type": "bool",
          "go_type": "bool"
        },
        "port": {
          "go": "PortLabel",
          "type": "string",
          "go_type": "string"
        },
        "address_mode": {
          "go": "AddressMode",
          "type": "string",
          "go_type": "string"
        },
        "check": {
          "go": "Checks",
          "block": "ServiceCheck",
          "mode": "repeated"
        },
        "check_restart": {
          "go": "CheckRestart",
          "block": "CheckRestart",
          "mode": "single"
        },
        "connect": {
          "go": "Connect",
          "block": "ConsulConnect",
          "mode": "single"
        },
        "meta": {
          "go": "Meta",
          "map": "string",
          "go_type": "map[string]string"
        },
        "canary_meta": {
          "go": "CanaryMeta",
          "map": "string",
          "go_type": "map[string]string"
        },
        "task": {
          "go": "TaskName",
          "type": "string",
          "go_type": "string"
        },
        "on_update": {
          "go": "OnUpdate",
          "type": "string",
          "go_type": "string"
        },
        "address": {
          "go": "Address",
          "type": "string",
          "go_type": "string",
          "since": "1.3.0"
        },
        "provider": {
          "go": "Provider",
          "type": "string",
          "go_type": "string",
          "since": "1.3.0"
        },
        "tagged_addresses": {
          "go": "TaggedAddresses",
          "map": "string",
          "go_type": "map[string]string",
          "since": "1.4.0"
        },
        "identity": {
          "go": "Identity",
          "block": "WorkloadIdentity",
          "mode": "single",
          "since": "1.7.0"
        },
        "cluster": {
          "go": "Cluster",
          "type": "string",
          "go_type": "string",
          "since": "1.7.3"
        },
        "weights": {
          "go": "Weights",
          "block": "ServiceWeights",
          "mode": "single",
          "since": "1.9.2"
        },
        "kind": {
          "go": "Kind",
          "type": "string",
          "go_type": "string",
          "since": "1.10.3"
        }
      }
    },
    "ScalingPolicy": {
      "kind": "scaling",
      "source": "api/scaling.go",
      "fields": {
        "min": {
          "go": "Min",
          "type": "number",
          "go_type": "*int64"
        },
        "max": {
          "go": "Max",
          "type": "number",
          "go_type": "*int64"
        },
        "policy": {
          "go": "Policy",
          "map": "any",
          "go_type": "map[string]any"
        },
        "enabled": {
          "go": "Enabled",
          "type": "bool",
          "go_type": "*bool"
        },
        "type": {
          "go": "Type",
          "type": "string",
          "go_type": "string"
        }
      }
    },
    "Consul": {
      "kind": "consul",
      "source": "api/consul.go",
      "fields": {
        "namespace": {
          "go": "Namespace",
          "type": "string",
          "go_type": "string"
        },
        "cluster": {
          "go": "Cluster",
          "type": "string",
          "go_type": "string",
          "since": "1.7.0"
        },
        "partition": {
          "go": "Partition",
          "type": "string",
          "go_type": "string",
          "since": "1.7.3"
        }
      }
    },
    "MultiregionStrategy": {
      "kind": "multiregion_strategy",
      "source": "api/jobs.go",
      "fields": {
        "max_parallel": {
          "go": "MaxParallel",
          "type": "number",
          "go_type": "*int"
        },
        "on_failure": {
          "go": "OnFailure",
          "type": "string",
          "go_type": "*string"
        }
      }
    },
    "MultiregionRegion": {
      "kind": "multiregion_region",
      "source": "api/jobs.go",
      "labels": [
        {
          "hcl": "",
          "go": "Name"
        }
      ],
      "fields": {
        "count": {
          "go": "Count",
          "type": "number",
          "go_type": "*int"
        },
        "datacenters": {
          "go": "Datacenters",
          "type": "list",
          "go_type": "[]string"
        },
        "meta": {
          "go": "Meta",
          "map": "string",
          "go_type": "map[string]string"
        },
        "node_pool": {
          "go": "NodePool",
          "type": "string",
          "go_type": "string",
          "since": "1.6.0"
        }
      }
    },
    "SpreadTarget": {
      "kind": "spread_target",
      "source": "api/tasks.go",
      "labels": [
        {
          "hcl": "",
          "go": "Value"
        }
      ],
      "fields": {
        "percent": {
          "go": "Percent",
          "type": "number",
          "go_type": "uint8"
        }
      }
    },
    "TaskLifecycle": {
      "kind": "lifecycle",
      "source": "api/tasks.go",
      "fields": {
        "hook": {
          "go": "Hook",
          "type": "string",
          "go_type": "string",
          "required_since": "1.10.4"
        },
        "sidecar": {
          "go": "Sidecar",
          "type": "bool",
          "go_type": "bool"
        }
      }
    },
    "Resources": {
      "kind": "resources",
      "source": "api/resources.go",
      "fields": {
        "cpu": {
          "go": "CPU",
          "type": "number",
          "go_type": "*int"
        },
        "cores": {
          "go": "Cores",
          "type": "number",
          "go_type": "*int"
        },
        "memory": {
          "go": "MemoryMB",
          "type": "number",
          "go_type": "*int"
        },
        "memory_max": {
          "go": "MemoryMaxMB",
          "type": "number",
          "go_type": "*int"
        },
        "disk": {
          "go": "DiskMB",
          "type": "number",
          "go_type": "*int"
        },
        "network": {
          "go": "Networks",
          "block": "NetworkResource",
          "mode": "repeated"
        },
        "device": {
          "go": "Devices",
          "block": "RequestedDevice",
          "mode": "repeated"
        },
        "iops": {
          "go": "IOPS",
          "type": "number",
          "go_type": "*int"
        },
        "numa": {
          "go": "NUMA",
          "block": "NUMAResource",
          "mode": "single",
          "since": "1.7.0"
        },
        "secrets": {
          "go": "SecretsMB",
          "type": "number",
          "go_type": "*int",
          "since": "1.8.3"
        }
      }
    },
    "LogConfig": {
      "kind": "logs",
      "source": "api/tasks.go",
      "fields": {
        "max_files": {
          "go": "MaxFiles",
          "type": "number",
          "go_type": "*int"
        },
        "max_file_size": {
          "go": "MaxFileSizeMB",
          "type": "number",
          "go_type": "*int"
        },
        "enabled": {
          "go": "Enabled",
          "type": "bool",
          "go_type": "*bool",
          "since": "1.5.4"
        },
        "disabled": {
          "go": "Disabled",
          "type": "bool",
          "go_type": "*bool",
          "since": "1.5.5"
        }
      }
    },
    "TaskArtifact": {
      "kind": "artifact",
      "source": "api/tasks.go",
      "fields": {
        "source": {
          "go": "GetterSource",
          "type": "string",
          "go_type": "*string"
        },
        "options": {
          "go": "GetterOptions",
          "map": "string",
          "go_type": "map[string]string"
        },
        "headers": {
          "go": "GetterHeaders",
          "map": "string",
          "go_type": "map[string]string"
        },
        "mode": {
          "go": "GetterMode",
          "type": "string",
          "go_type": "*string"
        },
        "destination": {
          "go": "RelativeDest",
          "type": "string",
          "go_type": "*string"
        },
        "insecure": {
          "go": "GetterInsecure",
          "type": "bool",
          "go_type": "*bool",
          "since": "1.8.0"
        },
        "chown": {
          "go": "Chown",
          "type": "bool",
          "go_type": "bool",
          "since": "1.9.2"
        }
      }
    },
    "Vault": {
      "kind": "vault",
      "source": "api/tasks.go",
      "fields": {
        "policies": {
          "go": "Policies",
          "type": "list",
          "go_type": "[]string"
        },
        "namespace": {
          "go": "Namespace",
          "type": "string",
          "go_type": "*string"
        },
        "env": {
          "go": "Env",
          "type": "bool",
          "go_type": "*bool"
        },
        "change_mode": {
          "go": "ChangeMode",
          "type": "string",
          "go_type": "*string"
        },
        "change_signal": {
          "go": "ChangeSignal",
          "type": "string",
          "go_type": "*string"
        },
        "disable_file": {
          "go": "DisableFile",
          "type": "bool",
          "go_type": "*bool",
          "since": "1.6.0"
        },
        "role": {
          "go": "Role",
          "type": "string",
          "go_type": "string",
          "since": "1.7.0"
        },
        "cluster": {
          "go": "Cluster",
          "type": "string",
          "go_type": "string",
          "since": "1.7.0"
        },
        "allow_token_expiration": {
          "go": "AllowTokenExpiration",
          "type": "bool",
          "go_type": "*bool",
          "since": "1.7.3"
        }
      }
    },
    "Template": {
      "kind": "template",
      "source": "api/tasks.go",
      "fields": {
        "source": {
          "go": "SourcePath",
          "type": "string",
          "go_type": "*string"
        },
        "destination": {
          "go": "DestPath",
          "type": "string",
          "go_type": "*string"
        },
        "data": {
          "go": "EmbeddedTmpl",
          "type": "string",
          "go_type": "*string"
        },
        "change_mode": {
          "go": "ChangeMode",
          "type": "string",
          "go_type": "*string"
        },
        "change_signal": {
          "go": "ChangeSignal",
          "type": "string",
          "go_type": "*string"
        },
        "splay": {
          "go": "Splay",
          "type": "duration",
          "go_type": "*time.Duration"
        },
        "perms": {
          "go": "Perms",
          "type": "string",
          "go_type": "*string"
        },
        "left_delimiter": {
          "go": "LeftDelim",
          "type": "string",
          "go_type": "*string"
        },
        "right_delimiter": {
          "go": "RightDelim",
          "type": "string",
          "go_type": "*string"
        },
        "env": {
          "go": "Envvars",
          "type": "bool",
          "go_type": "*bool"
        },
        "vault_grace": {
          "go": "VaultGrace",
          "type": "duration",
          "go_type": "*time.Duration"
        },
        "wait": {
          "go": "Wait",
          "block": "WaitConfig",
          "mode": "single",
          "since": "1.2.4"
        },
        "uid": {
          "go": "Uid",
          "type": "number",
          "go_type": "*int",
          "since": "1.3.3"
        },
        "gid": {
          "go": "Gid",
          "type": "number",
          "go_type": "*int",
          "since": "1.3.3"
        },
        "change_script": {
          "go": "ChangeScript",
          "block": "ChangeScript",
          "mode": "single",
          "since": "1.3.4"
        },
        "error_on_missing_key": {
          "go": "ErrMissingKey",
          "type": "bool",
          "go_type": "*bool",
          "since": "1.4.3"
        },
        "once": {
          "go": "Once",
          "type": "bool",
          "go_type": "*bool",
          "since": "1.10.2"
        }
      }
    },
    "DispatchPayloadConfig": {
      "kind": "dispatch_payload",
      "source": "api/tasks.go",
      "fields": {
        "file": {
          "go": "File",
          "type": "string",
          "go_type": "string"
        }
      }
    },
    "VolumeMount": {
      "kind": "volume_mount",
      "source": "api/tasks.go",
      "fields": {
        "volume": {
          "go": "Volume",
          "type": "string",
          "go_type": "*string"
        },
        "destination": {
          "go": "Destination",
          "type": "string",
          "go_type": "*string"
        },
        "read_only": {
          "go": "ReadOnly",
          "type": "bool",
          "go_type": "*bool"
        },
        "propagation_mode": {
          "go": "PropagationMode",
          "type": "string",
          "go_type": "*string"
        },
        "selinux_label": {
          "go": "SELinuxLabel",
          "type": "string",
          "go_type": "*string",
          "since": "1.8.0"
        }
      }
    },
    "TaskCSIPluginConfig": {
      "kind": "csi_plugin",
      "source": "api/tasks.go",
      "fields": {
        "id": {
          "go": "ID",
          "type": "string",
          "go_type": "string"
        },
        "type": {
          "go": "Type",
          "type": "string",
          "go_type": "CSIPluginType"
        },
        "mount_dir": {
          "go": "MountDir",
          "type": "string",
          "go_type": "string"
        },
        "health_timeout": {
          "go": "HealthTimeout",
          "type": "duration",
          "go_type": "time.Duration",
          "since": "1.1.15",
          "absent": [
            "1.2.0",
            "1.2.4",
            "1.3.0"
          ]
        },
        "stage_publish_base_dir": {
          "go": "StagePublishBaseDir",
          "type": "string",
          "go_type": "string",
          "since": "1.3.3"
        }
      }
    },
    "CSIMountOptions": {
      "kind": "mount_options",
      "source": "api/csi.go",
      "fields": {
        "fs_type": {
          "go": "FSType",
          "type": "string",
          "go_type": "string"
        },
        "mount_flags": {
          "go": "MountFlags",
          "type": "list",
          "go_type": "[]string"
        }
      }
    },
    "DNSConfig": {
      "kind": "dns",
      "source": "api/resources.go",
      "fields": {
        "servers": {
          "go": "Servers",
          "type": "list",
          "go_type": "[]string"
        },
        "searches": {
          "go": "Searches",
          "type": "list",
          "go_type": "[]string"
        },
        "options": {
          "go": "Options",
          "type": "list",
          "go_type": "[]string"
        }
      }
    },
    "Port": {
      "kind": "port",
      "source": "api/resources.go",
      "labels": [
        {
          "hcl": "",
          "go": "Label"
        }
      ],
      "fields": {
        "static": {
          "go": "Value",
          "type": "number",
          "go_type": "int"
        },
        "to": {
          "go": "To",
          "type": "number",
          "go_type": "int"
        },
        "host_network": {
          "go": "HostNetwork",
          "type": "string",
          "go_type": "string"
        },
        "ignore_collision": {
          "go": "IgnoreCollision",
          "type": "bool",
          "go_type": "bool",
          "since": "1.9.0"
        }
      }
    },
    "ServiceCheck": {
      "kind": "check",
      "source": "api/services.go",
      "fields": {
        "id": {
          "go": "Id",
          "type": "string",
          "go_type": "string",
          "until": "1.3.0"
        },
        "name": {
          "go": "Name",
          "type": "string",
          "go_type": "string"
        },
        "type": {
          "go": "Type",
          "type": "string",
          "go_type": "string"
        },
        "command": {
          "go": "Command",
          "type": "string",
          "go_type": "string"
        },
        "args": {
          "go": "Args",
          "type": "list",
          "go_type": "[]string"
        },
        "path": {
          "go": "Path",
          "type": "string",
          "go_type": "string"
        },
        "protocol": {
          "go": "Protocol",
          "type": "string",
          "go_type": "string"
        },
        "port": {
          "go": "PortLabel",
          "type": "string",
          "go_type": "string"
        },
        "expose": {
          "go": "Expose",
          "type": "bool",
          "go_type": "bool"
        },
        "address_mode": {
          "go": "AddressMode",
          "type": "string",
          "go_type": "string"
        },
        "interval": {
          "go": "Interval",
          "type": "duration",
          "go_type": "time.Duration"
        },
        "timeout": {
          "go": "Timeout",
          "type": "duration",
          "go_type": "time.Duration"
        },
        "initial_status": {
          "go": "InitialStatus",
          "type": "string",
          "go_type": "string"
        },
        "tls_skip_verify": {
          "go": "TLSSkipVerify",
          "type": "bool",
          "go_type": "bool"
        },
        "header": {
          "go": "Header",
          "map": "list",
          "go_type": "map[string][]string"
        },
        "method": {
          "go": "Method",
          "type": "string",
          "go_type": "string"
        },
        "check_restart": {
          "go": "CheckRestart",
          "block": "CheckRestart",
          "mode": "single"
        },
        "grpc_service": {
          "go": "GRPCService",
          "type": "string",
          "go_type": "string"
        },
        "grpc_use_tls": {
          "go": "GRPCUseTLS",
          "type": "bool",
          "go_type": "bool"
        },
        "task": {
          "go": "TaskName",
          "type": "string",
          "go_type": "string"
        },
        "success_before_passing": {
          "go": "SuccessBeforePassing",
          "type": "number",
          "go_type": "int"
        },
        "failures_before_critical": {
          "go": "FailuresBeforeCritical",
          "type": "number",
          "go_type": "int"
        },
        "body": {
          "go": "Body",
          "type": "string",
          "go_type": "string"
        },
        "on_update": {
          "go": "OnUpdate",
          "type": "string",
          "go_type": "string"
        },
        "advertise": {
          "go": "Advertise",
          "type": "string",
          "go_type": "string",
          "since": "1.3.0"
        },
        "tls_server_name": {
          "go": "TLSServerName",
          "type": "string",
          "go_type": "string",
          "since": "1.6.0"
        },
        "failures_before_warning": {
          "go": "FailuresBeforeWarning",
          "type": "number",
          "go_type": "int",
          "since": "1.7.3"
        },
        "notes": {
          "go": "Notes",
          "type": "string",
          "go_type": "string",
          "since": "1.8.1"
        }
      }
    },
    "CheckRestart": {
      "kind": "check_restart",
      "source": "api/services.go",
      "fields": {
        "limit": {
          "go": "Limit",
          "type": "number",
          "go_type": "int"
        },
        "grace": {
          "go": "Grace",
          "type": "duration",
          "go_type": "*time.Duration"
        },
        "ignore_warnings": {
          "go": "IgnoreWarnings",
          "type": "bool",
          "go_type": "bool"
        }
      }
    },
    "ConsulConnect": {
      "kind": "connect",
      "source": "api/consul.go",
      "fields": {
        "native": {
          "go": "Native",
          "type": "bool",
          "go_type": "bool"
        },
        "gateway": {
          "go": "Gateway",
          "block": "ConsulGateway",
          "mode": "single"
        },
        "sidecar_service": {
          "go": "SidecarService",
          "block": "ConsulSidecarService",
          "mode": "single"
        },
        "sidecar_task": {
          "go": "SidecarTask",
          "block": "SidecarTask",
          "mode": "single"
        }
      }
    },
    "RequestedDevice": {
      "kind": "device",
      "source": "api/resources.go",
      "labels": [
        {
          "hcl": "",
          "go": "Name"
        }
      ],
      "fields": {
        "count": {
          "go": "Count",
          "type": "number",
          "go_type": "*uint64"
        },
        "constraint": {
          "go": "Constraints",
          "block": "Constraint",
          "mode": "repeated"
        },
        "affinity": {
          "go": "Affinities",
          "block": "Affinity",
          "mode": "repeated"
        }
      }
    },
    "ConsulGateway": {
      "kind": "gateway",
      "source": "api/consul.go",
      "fields": {
        "proxy": {
          "go": "Proxy",
          "block": "ConsulGatewayProxy",
          "mode": "single"
        },
        "ingress": {
          "go": "Ingress",
          "block": "ConsulIngressConfigEntry",
          "mode": "single"
        },
        "terminating": {
          "go": "Terminating",
          "block": "ConsulTerminatingConfigEntry",
          "mode": "single"
        },
        "mesh": {
          "go": "Mesh",
          "block": "ConsulMeshConfigEntry",
          "mode": "single",
          "since": "1.1.1"
        }
      }
    },
    "ConsulSidecarService": {
      "kind": "sidecar_service",
      "source": "api/consul.go",
      "fields": {
        "tags": {
          "go": "Tags",
          "type": "list",
          "go_type": "[]string"
        },
        "port": {
          "go": "Port",
          "type": "string",
          "go_type": "string"
        },
        "proxy": {
          "go": "Proxy",
          "block": "ConsulProxy",
          "mode": "single"
        },
        "disable_default_tcp_check": {
          "go": "DisableDefaultTCPCheck",
          "type": "bool",
          "go_type": "bool"
        },
        "meta": {
          "go": "Meta",
          "map": "string",
          "go_type": "map[string]string",
          "since": "1.5.4"
        }
      }
    },
    "SidecarTask": {
      "kind": "sidecar_task",
      "source": "api/consul.go",
      "fields": {
        "name": {
          "go": "Name",
          "type": "string",
          "go_type": "string"
        },
        "driver": {
          "go": "Driver",
          "type": "string",
          "go_type": "string"
        },
        "user": {
          "go": "User",
          "type": "string",
          "go_type": "string"
        },
        "config": {
          "go": "Config",
          "map": "any",
          "go_type": "map[string]any"
        },
        "env": {
          "go": "Env",
          "map": "string",
          "go_type": "map[string]string"
        },
        "resources": {
          "go": "Resources",
          "block": "Resources",
          "mode": "single"
        },
        "meta": {
          "go": "Meta",
          "map": "string",
          "go_type": "map[string]string"
        },
        "kill_timeout": {
          "go": "KillTimeout",
          "type": "duration",
          "go_type": "*time.Duration"
        },
        "logs": {
          "go": "LogConfig",
          "block": "LogConfig",
          "mode": "single"
        },
        "shutdown_delay": {
          "go": "ShutdownDelay",
          "type": "duration",
          "go_type": "*time.Duration"
        },
        "kill_signal": {
          "go": "KillSignal",
          "type": "string",
          "go_type": "string"
        },
        "volume_mount": {
          "go": "VolumeMounts",
          "block": "VolumeMount",
          "mode": "repeated",
          "since": "1.8.0"
        },
        "identity": {
          "go": "Identities",
          "block": "WorkloadIdentity",
          "mode": "repeated",
          "since": "1.11.1"
        }
      }
    },
    "ConsulGatewayProxy": {
      "kind": "gateway_proxy",
      "source": "api/consul.go",
      "fields": {
        "connect_timeout": {
          "go": "ConnectTimeout",
          "type": "duration",
          "go_type": "*time.Duration"
        },
        "envoy_gateway_bind_tagged_addresses": {
          "go": "EnvoyGatewayBindTaggedAddresses",
          "type": "bool",
          "go_type": "bool"
        },
        "envoy_gateway_bind_addresses": {
          "go": "EnvoyGatewayBindAddresses",
          "block": "ConsulGatewayBindAddress",
          "mode": "by_label"
        },
        "envoy_gateway_no_default_bind": {
          "go": "EnvoyGatewayNoDefaultBind",
          "type": "bool",
          "go_type": "bool"
        },
        "envoy_dns_discovery_type": {
          "go": "EnvoyDNSDiscoveryType",
          "type": "string",
          "go_type": "string"
        },
        "config": {
          "go": "Config",
          "map": "any",
          "go_type": "map[string]any"
        }
      }
    },
    "ConsulIngressConfigEntry": {
      "kind": "ingress",
      "source": "api/consul.go",
      "fields": {
        "tls": {
          "go": "TLS",
          "block": "ConsulGatewayTLSConfig",
          "mode": "single"
        },
        "listener": {
          "go": "Listeners",
          "block": "ConsulIngressListener",
          "mode": "repeated"
        }
      }
    },
    "ConsulTerminatingConfigEntry": {
      "kind": "terminating",
      "source": "api/consul.go",
      "fields": {
        "service": {
          "go": "Services",
          "block": "ConsulLinkedService",
          "mode": "repeated"
        }
      }
    },
    "ConsulProxy": {
      "kind": "proxy",
      "source": "api/consul.go",
      "fields": {
        "local_service_address": {
          "go": "LocalServiceAddress",
          "type": "string",
          "go_type": "string"
        },
        "local_service_port": {
          "go": "LocalServicePort",
          "type": "number",
          "go_type": "int"
        },
        "expose": {
          "go": "Expose",
          "block": "ConsulExposeConfig",
          "mode": "single"
        },
        "upstreams": {
          "go": "Upstreams",
          "block": "ConsulUpstream",
          "mode": "repeated"
        },
        "config": {
          "go": "Config",
          "map": "any",
          "go_type": "map[string]any"
        },
        "transparent_proxy": {
          "go": "TransparentProxy",
          "block": "ConsulTransparentProxy",
          "mode": "single",
          "since": "1.8.0"
        }
      }
    },
    "ConsulGatewayBindAddress": {
      "kind": "gateway_bind_address",
      "source": "api/consul.go",
      "labels": [
        {
          "hcl": "",
          "go": "Name"
        }
      ],
      "fields": {
        "address": {
          "go": "Address",
          "type": "string",
          "go_type": "string"
        },
        "port": {
          "go": "Port",
          "type": "number",
          "go_type": "int"
        }
      }
    },
    "ConsulGatewayTLSConfig": {
      "kind": "gateway_tls",
      "source": "api/consul.go",
      "fields": {
        "enabled": {
          "go": "Enabled",
          "type": "bool",
          "go_type": "bool"
        },
        "tls_min_version": {
          "go": "TLSMinVersion",
          "type": "string",
          "go_type": "string",
          "since": "1.3.2"
        },
        "tls_max_version": {
          "go": "TLSMaxVersion",
          "type": "string",
          "go_type": "string",
          "since": "1.3.2"
        },
        "cipher_suites": {
          "go": "CipherSuites",
          "type": "list",
          "go_type": "[]string",
          "since": "1.3.2"
        },
        "sds": {
          "go": "SDS",
          "block": "ConsulGatewayTLSSDSConfig",
          "mode": "single",
          "since": "1.7.7"
        }
      }
    },
    "ConsulIngressListener": {
      "kind": "ingress_listener",
      "source": "api/consul.go",
      "fields": {
        "port": {
          "go": "Port",
          "type": "number",
          "go_type": "int"
        },
        "protocol": {
          "go": "Protocol",
          "type": "string",
          "go_type": "string"
        },
        "service": {
          "go": "Services",
          "block": "ConsulIngressService",
          "mode": "repeated"
        }
      }
    },
    "ConsulLinkedService": {
      "kind": "linked_service",
      "source": "api/consul.go",
      "fields": {
        "name": {
          "go": "Name",
          "type": "string",
          "go_type": "string"
        },
        "ca_file": {
          "go": "CAFile",
          "type": "string",
          "go_type": "string"
        },
        "cert_file": {
          "go": "CertFile",
          "type": "string",
          "go_type": "string"
        },
        "key_file": {
          "go": "KeyFile",
          "type": "string",
          "go_type": "string"
        },
        "sni": {
          "go": "SNI",
          "type": "string",
          "go_type": "string"
        }
      }
    },
    "ConsulExposeConfig": {
      "kind": "expose",
      "source": "api/consul.go",
      "fields": {
        "path": {
          "go": "Paths",
          "block": "ConsulExposePath",
          "mode": "repeated"
        }
      }
    },
    "ConsulUpstream": {
      "kind": "upstreams",
      "source": "api/consul.go",
      "fields": {
        "destination_name": {
          "go": "DestinationName",
          "type": "string",
          "go_type": "string"
        },
        "local_bind_port": {
          "go": "LocalBindPort",
          "type": "number",
          "go_type": "int"
        },
        "datacenter": {
          "go": "Datacenter",
          "type": "string",
          "go_type": "string"
        },
        "local_bind_address": {
          "go": "LocalBindAddress",
          "type": "string",
          "go_type": "string"
        },
        "mesh_gateway": {
          "go": "MeshGateway",
          "block": "ConsulMeshGateway",
          "mode": "single",
          "since": "1.1.1"
        },
        "destination_namespace": {
          "go": "DestinationNamespace",
          "type": "string",
          "go_type": "string",
          "since": "1.2.9",
          "absent": [
            "1.3.0"
          ]
        },
        "config": {
          "go": "Config",
          "map": "any",
          "go_type": "map[string]any",
          "since": "1.5.0"
        },
        "destination_peer": {
          "go": "DestinationPeer",
          "type": "string",
          "go_type": "string",
          "since": "1.6.2"
        },
        "destination_type": {
          "go": "DestinationType",
          "type": "string",
          "go_type": "string",
          "since": "1.6.2"
        },
        "local_bind_socket_path": {
          "go": "LocalBindSocketPath",
          "type": "string",
          "go_type": "string",
          "since": "1.6.2"
        },
        "local_bind_socket_mode": {
          "go": "LocalBindSocketMode",
          "type": "string",
          "go_type": "string",
          "since": "1.6.2"
        },
        "destination_partition": {
          "go": "DestinationPartition",
          "type": "string",
          "go_type": "string",
          "since": "1.7.7"
        }
      }
    },
    "ConsulIngressService": {
      "kind": "ingress_service",
      "source": "api/consul.go",
      "fields": {
        "name": {
          "go": "Name",
          "type": "string",
          "go_type": "string"
        },
        "hosts": {
          "go": "Hosts",
          "type": "list",
          "go_type": "[]string"
        },
        "tls": {
          "go": "TLS",
          "block": "ConsulGatewayTLSConfig",
          "mode": "single",
          "since": "1.7.7"
        },
        "request_headers": {
          "go": "RequestHeaders",
          "block": "ConsulHTTPHeaderModifiers",
          "mode": "single",
          "since": "1.7.7"
        },
        "response_headers": {
          "go": "ResponseHeaders",
          "block": "ConsulHTTPHeaderModifiers",
          "mode": "single",
          "since": "1.7.7"
        },
        "max_connections": {
          "go": "MaxConnections",
          "type": "number",
          "go_type": "*uint32",
          "since": "1.7.7"
        },
        "max_pending_requests": {
          "go": "MaxPendingRequests",
          "type": "number",
          "go_type": "*uint32",
          "since": "1.7.7"
        },
        "max_concurrent_requests": {
          "go": "MaxConcurrentRequests",
          "type": "number",
          "go_type": "*uint32",
          "since": "1.7.7"
        }
      }
    },
    "ConsulExposePath": {
      "kind": "expose_path",
      "source": "api/consul.go",
      "fields": {
        "path": {
          "go": "Path",
          "type": "string",
          "go_type": "string"
        },
        "protocol": {
          "go": "Protocol",
          "type": "string",
          "go_type": "string"
        },
        "local_path_port": {
          "go": "LocalPathPort",
          "type": "number",
          "go_type": "int"
        },
        "listener_port": {
          "go": "ListenerPort",
          "type": "string",
          "go_type": "string"
        }
      }
    },
    "ConsulMeshConfigEntry": {
      "kind": "mesh",
      "source": "api/consul.go",
      "since": "1.1.1",
      "fields": {}
    },
    "ConsulMeshGateway": {
      "kind": "mesh_gateway",
      "source": "api/consul.go",
      "since": "1.1.1",
      "fields": {
        "mode": {
          "go": "Mode",
          "type": "string",
          "go_type": "string",
          "since": "1.1.1"
        }
      }
    },
    "WaitConfig": {
      "kind": "template_wait",
      "source": "api/tasks.go",
      "since": "1.2.4",
      "fields": {
        "min": {
          "go": "Min",
          "type": "duration",
          "go_type": "*time.Duration",
          "since": "1.2.4"
        },
        "max": {
          "go": "Max",
          "type": "duration",
          "go_type": "*time.Duration",
          "since": "1.2.4"
        }
      }
    },
    "ChangeScript": {
      "kind": "change_script",
      "source": "api/tasks.go",
      "since": "1.3.4",
      "fields": {
        "command": {
          "go": "Command",
          "type": "string",
          "go_type": "*string",
          "since": "1.3.4"
        },
        "args": {
          "go": "Args",
          "type": "list",
          "go_type": "[]string",
          "since": "1.3.4"
        },
        "timeout": {
          "go": "Timeout",
          "type": "duration",
          "go_type": "*time.Duration",
          "since": "1.3.4"
        },
        "fail_on_error": {
          "go": "FailOnError",
          "type": "bool",
          "go_type": "*bool",
          "since": "1.3.4"
        },
        "run_on_first_render": {
          "go": "RunOnFirstRender",
          "type": "bool",
          "go_type": "*bool",
          "since": "2.0.5"
        }
      }
    },
    "WorkloadIdentity": {
      "kind": "identity",
      "source": "api/tasks.go",
      "since": "1.5.0",
      "fields": {
        "env": {
          "go": "Env",
          "type": "bool",
          "go_type": "bool",
          "since": "1.5.0"
        },
        "file": {
          "go": "File",
          "type": "bool",
          "go_type": "bool",
          "since": "1.5.0"
        },
        "name": {
          "go": "Name",
          "type": "string",
          "go_type": "string",
          "since": "1.7.0"
        },
        "aud": {
          "go": "Audience",
          "type": "list",
          "go_type": "[]string",
          "since": "1.7.0"
        },
        "change_mode": {
          "go": "ChangeMode",
          "type": "string",
          "go_type": "string",
          "since": "1.7.0"
        },
        "change_signal": {
          "go": "ChangeSignal",
          "type": "string",
          "go_type": "string",
          "since": "1.7.0"
        },
        "service_name": {
          "go": "ServiceName",
          "type": "string",
          "go_type": "string",
          "since": "1.7.0"
        },
        "ttl": {
          "go": "TTL",
          "type": "duration",
          "go_type": "time.Duration",
          "since": "1.7.0"
        },
        "filepath": {
          "go": "Filepath",
          "type": "string",
          "go_type": "string",
          "since": "1.9.0"
        },
        "extra_claims": {
          "go": "ExtraClaims",
          "type": "list",
          "go_type": "[]string",
          "since": "2.0.3"
        }
      }
    },
    "Action": {
      "kind": "action",
      "source": "api/tasks.go",
      "since": "1.7.0",
      "labels": [
        {
          "hcl": "name",
          "go": "Name"
        }
      ],
      "fields": {
        "command": {
          "go": "Command",
          "type": "string",
          "go_type": "string",
          "required": true,
          "since": "1.7.0"
        },
        "args": {
          "go": "Args",
          "type": "list",
          "go_type": "[]string",
          "since": "1.7.0"
        }
      }
    },
    "NUMAResource": {
      "kind": "numa",
      "source": "api/resources.go",
      "since": "1.7.0",
      "fields": {
        "affinity": {
          "go": "Affinity",
          "type": "string",
          "go_type": "string",
          "since": "1.7.0"
        },
        "devices": {
          "go": "Devices",
          "type": "list",
          "go_type": "[]string",
          "since": "1.9.0"
        }
      }
    },
    "ConsulGatewayTLSSDSConfig": {
      "kind": "gateway_tls_sds",
      "source": "api/consul.go",
      "since": "1.7.7",
      "fields": {
        "cluster_name": {
          "go": "ClusterName",
          "type": "string",
          "go_type": "string",
          "since": "1.7.7"
        },
        "cert_resource": {
          "go": "CertResource",
          "type": "string",
          "go_type": "string",
          "since": "1.7.7"
        }
      }
    },
    "ConsulHTTPHeaderModifiers": {
      "kind": "http_header_modifiers",
      "source": "api/consul.go",
      "since": "1.7.7",
      "fields": {
        "add": {
          "go": "Add",
          "map": "string",
          "go_type": "map[string]string",
          "since": "1.7.7"
        },
        "set": {
          "go": "Set",
          "map": "string",
          "go_type": "map[string]string",
          "since": "1.7.7"
        },
        "remove": {
          "go": "Remove",
          "type": "list",
          "go_type": "[]string",
          "since": "1.7.7"
        }
      }
    },
    "JobUIConfig": {
      "kind": "ui",
      "source": "api/jobs.go",
      "since": "1.8.0",
      "fields": {
        "description": {
          "go": "Description",
          "type": "string",
          "go_type": "string",
          "since": "1.8.0"
        },
        "link": {
          "go": "Links",
          "block": "JobUILink",
          "mode": "repeated",
          "since": "1.8.0"
        }
      }
    },
    "DisconnectStrategy": {
      "kind": "disconnect",
      "source": "api/tasks.go",
      "since": "1.8.0",
      "fields": {
        "lost_after": {
          "go": "LostAfter",
          "type": "duration",
          "go_type": "*time.Duration",
          "since": "1.8.0"
        },
        "stop_on_client_after": {
          "go": "StopOnClientAfter",
          "type": "duration",
          "go_type": "*time.Duration",
          "since": "1.8.0"
        },
        "replace": {
          "go": "Replace",
          "type": "bool",
          "go_type": "*bool",
          "since": "1.8.0"
        },
        "reconcile": {
          "go": "Reconcile",
          "type": "string",
          "go_type": "*ReconcileOption",
          "since": "1.8.0"
        }
      }
    },
    "JobUILink": {
      "kind": "ui_link",
      "source": "api/jobs.go",
      "since": "1.8.0",
      "fields": {
        "label": {
          "go": "Label",
          "type": "string",
          "go_type": "string",
          "since": "1.8.0"
        },
        "url": {
          "go": "URL",
          "type": "string",
          "go_type": "string",
          "since": "1.8.0"
        }
      }
    },
    "TaskSchedule": {
      "kind": "schedule",
      "source": "api/task_sched.go",
      "since": "1.8.0",
      "fields": {
        "cron": {
          "go": "Cron",
          "block": "TaskScheduleCron",
          "mode": "single",
          "since": "1.8.0"
        }
      }
    },
    "TaskScheduleCron": {
      "kind": "schedule_cron",
      "source": "api/task_sched.go",
      "since": "1.8.0",
      "fields": {
        "start": {
          "go": "Start",
          "type": "string",
          "go_type": "string",
          "since": "1.8.0"
        },
        "end": {
          "go": "End",
          "type": "string",
          "go_type": "string",
          "since": "1.8.0"
        },
        "timezone": {
          "go": "Timezone",
          "type": "string",
          "go_type": "string",
          "since": "1.8.0"
        }
      }
    },
    "ConsulTransparentProxy": {
      "kind": "transparent_proxy",
      "source": "api/consul.go",
      "since": "1.8.0",
      "fields": {
        "uid": {
          "go": "UID",
          "type": "string",
          "go_type": "string",
          "since": "1.8.0"
        },
        "outbound_port": {
          "go": "OutboundPort",
          "type": "number",
          "go_type": "uint16",
          "since": "1.8.0"
        },
        "exclude_inbound_ports": {
          "go": "ExcludeInboundPorts",
          "type": "list",
          "go_type": "[]string",
          "since": "1.8.0"
        },
        "exclude_outbound_ports": {
          "go": "ExcludeOutboundPorts",
          "type": "list",
          "go_type": "[]uint16",
          "since": "1.8.0"
        },
        "exclude_outbound_cidrs": {
          "go": "ExcludeOutboundCIDRs",
          "type": "list",
          "go_type": "[]string",
          "since": "1.8.0"
        },
        "exclude_uids": {
          "go": "ExcludeUIDs",
          "type": "list",
          "go_type": "[]string",
          "since": "1.8.0"
        },
        "no_dns": {
          "go": "NoDNS",
          "type": "bool",
          "go_type": "bool",
          "since": "1.8.0"
        }
      }
    },
    "CNIConfig": {
      "kind": "cni",
      "source": "api/resources.go",
      "since": "1.8.2",
      "fields": {
        "args": {
          "go": "Args",
          "type": "map",
          "go_type": "map[string]string",
          "since": "1.8.2"
        }
      }
    },
    "ServiceWeights": {
      "kind": "weights",
      "source": "api/services.go",
      "since": "1.9.2",
      "fields": {
        "passing": {
          "go": "Passing",
          "type": "number",
          "go_type": "int",
          "since": "1.9.2"
        },
        "warning": {
          "go": "Warning",
          "type": "number",
          "go_type": "int",
          "since": "1.9.2"
        }
      }
    },
    "Secret": {
      "kind": "secret",
      "source": "api/tasks.go",
      "since": "1.11.0",
      "labels": [
        {
          "hcl": "name",
          "go": "Name"
        }
      ],
      "fields": {
        "provider": {
          "go": "Provider",
          "type": "string",
          "go_type": "string",
          "since": "1.11.0"
        },
        "path": {
          "go": "Path",
          "type": "string",
          "go_type": "string",
          "since": "1.11.0"
        },
        "config": {
          "go": "Config",
          "map": "any",
          "go_type": "map[string]any",
          "since": "1.11.0"
        },
        "env": {
          "go": "Env",
          "map": "string",
          "go_type": "map[string]string",
          "since": "1.11.0"
        }
      }
    }
  }
};
var JOBSPEC2_SOURCE = {
  "$comment": [
    "How Nomad's HCL2 jobspec parser (jobspec2/ in hashicorp/nomad: parse.go, types.config.go, hcl_conversions.go, parse_job.go) departs from the api struct tags in nomad-api.json, the same from v1.1.0 to v2.0.0 unless a version is given.",
    "file: the blocks of the file itself (jobConfigSchema in types.config.go), read strictly: anything else is an error.",
    "extra: blocks the parser takes out of a body before the struct's tags are applied (a vault block of a job or group is copied to its tasks; a task directly in a job becomes a group of its own).",
    `attribute_form: the map blocks that may also be written as one attribute (meta = { ... }); writing both is the parser's "Duplicate meta block".`,
    "decoders: structs read by a decoder of the parser's own instead of their tags, with the attributes that decoder takes.",
    "scaling: the group's scaling block (no label, max required, type horizontal) and the task's (one label, cpu or mem, at most one per label, type fixed by the label).",
    "checked_at_submit: requirements the server checks when the job is submitted (nomad job run, plan and validate refuse the job), which the parser itself lets through."
  ],
  "file": {
    "job": {
      "labels": [
        "name"
      ],
      "exactly_one": true
    },
    "variable": {
      "labels": [
        "name"
      ],
      "attributes": {
        "description": "string",
        "default": "any",
        "type": "any"
      },
      "blocks": {
        "validation": {
          "attributes": {
            "condition": "any",
            "error_message": "string"
          },
          "required": [
            "condition",
            "error_message"
          ]
        }
      }
    },
    "variables": {
      "free_form": true
    },
    "locals": {
      "free_form": true
    }
  },
  "extra": {
    "Job": {
      "task": {
        "block": "Task",
        "mode": "repeated"
      },
      "vault": {
        "block": "Vault",
        "mode": "single"
      }
    },
    "TaskGroup": {
      "vault": {
        "block": "Vault",
        "mode": "repeated",
        "note": "the last vault block of a group wins; a second one is no error"
      }
    }
  },
  "attribute_form": [
    "Job.meta",
    "TaskGroup.meta",
    "Task.meta",
    "Task.env"
  ],
  "decoders": {
    "Constraint": {
      "attributes": {
        "attribute": "string",
        "value": "string",
        "operator": "string",
        "version": "string",
        "semver": "string",
        "regexp": "string",
        "set_contains": "string",
        "set_contains_all": "string",
        "set_contains_any": "string",
        "distinct_hosts": "bool",
        "distinct_property": "string",
        "is_set": "string",
        "is_not_set": "string"
      }
    },
    "Affinity": {
      "attributes": {
        "attribute": "string",
        "value": "string",
        "operator": "string",
        "weight": "number",
        "version": "string",
        "semver": "string",
        "regexp": "string",
        "set_contains": "string",
        "set_contains_all": "string",
        "set_contains_any": "string"
      }
    }
  },
  "scaling": {
    "TaskGroup.scaling": {
      "kind": "group_scaling",
      "labels": 0,
      "required": [
        "max"
      ],
      "types": [
        "horizontal"
      ]
    },
    "Task.scaling": {
      "kind": "task_scaling",
      "labels": 1,
      "label_types": {
        "cpu": "vertical_cpu",
        "mem": "vertical_mem"
      }
    }
  },
  "checked_at_submit": {
    "Task": {
      "required": [
        "driver"
      ]
    }
  }
};

// src/model/spec.ts
var NOMAD_API = NOMAD_API_SOURCE.structs;
var JOBSPEC2 = JOBSPEC2_SOURCE;
var MAP_KINDS = { string: "string_map", list: "list_map", any: "opaque" };
function versions(f) {
  return { ...f.since !== void 0 ? { since: f.since } : {}, ...f.until !== void 0 ? { until: f.until } : {} };
}
function childOf(owner, name, f) {
  const at2 = `${owner}.${name}`;
  if (f.map !== void 0) {
    return { kind: MAP_KINDS[f.map], labels: 0, single: true, ...versions(f), ...JOBSPEC2.attribute_form.includes(at2) ? { mapForm: true } : {} };
  }
  const target = NOMAD_API[f.block];
  if (target === void 0) throw new Error(`schemas/source: ${at2} names the struct ${f.block}, which nomad-api.json does not have`);
  const scaling = JOBSPEC2.scaling[at2];
  if (scaling !== void 0) {
    const spec = { ...scaling.types ? { types: scaling.types } : {}, ...scaling.label_types ? { labelTypes: scaling.label_types } : {} };
    return { kind: scaling.kind, labels: scaling.labels, ...f.mode === "single" ? { single: true } : {}, ...versions(f), scaling: spec };
  }
  const history = f.mode_history === void 0 ? [] : Object.entries(f.mode_history);
  const singleUntil = history.find(([, mode], i) => i > 0 && history[i - 1][1] === "single" && mode !== "single")?.[0];
  return {
    kind: target.kind,
    labels: target.labels?.length ?? 0,
    ...f.mode === "single" ? { single: true } : {},
    ...singleUntil !== void 0 ? { singleUntil } : {},
    ...versions(f)
  };
}
function kindOf(name, struct) {
  const attributes = {};
  const blocks = {};
  const required = [];
  const fields = { ...struct.fields, ...JOBSPEC2.extra[name] };
  const decoder = JOBSPEC2.decoders[name];
  for (const [hcl, f] of Object.entries(fields)) {
    if (f.type !== void 0) {
      if (decoder !== void 0) continue;
      attributes[hcl] = { type: f.type, ...versions(f), ...f.required_since !== void 0 ? { requiredSince: f.required_since } : {} };
      if (f.required) required.push(hcl);
    } else {
      blocks[hcl] = childOf(name, hcl, f);
    }
  }
  for (const [hcl, type] of Object.entries(decoder?.attributes ?? {})) attributes[hcl] = { type };
  required.push(...JOBSPEC2.checked_at_submit[name]?.required ?? []);
  return { attributes, blocks, ...required.length > 0 ? { required } : {}, ...struct.since !== void 0 ? { since: struct.since } : {} };
}
function fileKind(block, out) {
  const attributes = {};
  for (const [attr, type] of Object.entries(block.attributes ?? {})) attributes[attr] = { type };
  const blocks = {};
  for (const [type, child] of Object.entries(block.blocks ?? {})) {
    out[type] = fileKind(child, out);
    blocks[type] = { kind: type, labels: child.labels?.length ?? 0 };
  }
  return { attributes, blocks, ...block.required ? { required: block.required } : {} };
}
function buildJobspec() {
  const out = {};
  for (const [name, struct] of Object.entries(NOMAD_API)) {
    if (out[struct.kind] !== void 0) throw new Error(`schemas/source: two structs have the kind ${struct.kind}`);
    out[struct.kind] = kindOf(name, struct);
  }
  for (const scaling of Object.values(JOBSPEC2.scaling)) {
    const base = out["scaling"];
    out[scaling.kind] = { ...base, required: [...base.required ?? [], ...scaling.required ?? []] };
  }
  delete out["scaling"];
  out["string_map"] = { attributes: {}, blocks: {}, values: "string" };
  out["list_map"] = { attributes: {}, blocks: {}, values: "list" };
  out["opaque"] = { attributes: {}, blocks: {}, opaque: true };
  const rootBlocks = {};
  for (const [type, block] of Object.entries(JOBSPEC2.file)) {
    const labels = block.labels?.length ?? 0;
    if (block.free_form) rootBlocks[type] = { kind: "opaque", labels };
    else if (type === "job") rootBlocks[type] = { kind: "job", labels, single: true };
    else {
      out[type] = fileKind(block, out);
      rootBlocks[type] = { kind: type, labels };
    }
  }
  out["root"] = { attributes: {}, blocks: rootBlocks };
  return out;
}
var JOBSPEC = buildJobspec();

// src/model/tree.ts
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function isBlockList(value) {
  return Array.isArray(value) && value.length > 0 && value.every(isObject);
}
function blockDepth(value, limit) {
  if (isBlockList(value)) return 0;
  if (limit === 0 || !isObject(value)) return void 0;
  const entries2 = Object.values(value);
  if (entries2.length === 0) return void 0;
  let depth;
  for (const entry of entries2) {
    const d = blockDepth(entry, limit - 1);
    if (d === void 0 || depth !== void 0 && d !== depth) return void 0;
    depth = d;
  }
  return depth === void 0 ? void 0 : depth + 1;
}
function extendPath(path18, key) {
  const n = path18.length;
  const out = new Array(n + 1);
  for (let i = 0; i < n; i++) out[i] = path18[i];
  out[n] = key;
  return out;
}
function buildTree(json2) {
  return buildBlock("", "root", [], [], json2);
}
function buildBlock(type, kind, labels, path18, body) {
  const opaque = JOBSPEC[kind]?.opaque === true || JOBSPEC[kind]?.values !== void 0;
  const attributes = /* @__PURE__ */ new Map();
  const blocks = [];
  for (const key in body) {
    const value = body[key];
    const childPath2 = extendPath(path18, key);
    const child = opaque ? void 0 : childSpec(kind, labels, key);
    let depth;
    if (child !== void 0) depth = blockDepth(value, child.labels) ?? blockDepth(value, 2);
    else if (!opaque && !isAttributeOf(kind, key)) depth = blockDepth(value, 0);
    if (depth === void 0) attributes.set(key, { name: key, value, path: childPath2 });
    else addBlocks(blocks, key, child?.kind ?? "unknown", value, depth, [], childPath2);
  }
  return { type, kind, labels, path: path18, attributes, blocks };
}
function addBlocks(out, type, kind, value, depth, labels, path18) {
  if (depth === 0) {
    const bodies = value;
    for (let i = 0; i < bodies.length; i++) out.push(buildBlock(type, kind, labels, extendPath(path18, i), bodies[i]));
    return;
  }
  const byLabel = value;
  for (const label in byLabel) addBlocks(out, type, kind, byLabel[label], depth - 1, extendPath(labels, label), extendPath(path18, label));
}
function childSpec(kind, labels, key) {
  if (kind.startsWith(DYNAMIC)) {
    if (key !== "content") return void 0;
    const target = JOBSPEC[kind.slice(DYNAMIC.length)]?.blocks[labels[0] ?? ""];
    return { kind: target?.kind ?? "unknown", labels: 0 };
  }
  if (key === "dynamic" && kind !== "unknown") return { kind: DYNAMIC + kind, labels: 1 };
  return JOBSPEC[kind]?.blocks[key];
}
var DYNAMIC = "dynamic:";
function isAttributeOf(kind, key) {
  if (kind.startsWith(DYNAMIC)) return key !== "content";
  return JOBSPEC[kind]?.attributes[key] !== void 0;
}
function blocksOf(block, type) {
  return block.blocks.filter((b) => b.type === type);
}

// src/parse/hcl.ts
init_import_meta_url();

// src/schema/check.ts
init_import_meta_url();

// src/model/values.ts
init_import_meta_url();
function isExpressionString(value) {
  if (!value.includes("{")) return false;
  const re = /([$%]+)\{/g;
  for (let m = re.exec(value); m !== null; m = re.exec(value)) {
    const run2 = m[1];
    const last = run2[run2.length - 1];
    let count = 0;
    for (let i = run2.length - 1; i >= 0 && run2[i] === last; i--) count++;
    if (count % 2 === 1) return true;
  }
  return false;
}
var NUMERIC = /^\s*-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;
function isLiteralNumber(attr) {
  const v = attr?.value;
  return typeof v === "number" || typeof v === "string" && !isExpressionString(v) && NUMERIC.test(v);
}

// src/util/closest.ts
init_import_meta_url();
function editDistance(a, b) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[(i - 1) * cols + j] + 1, d[i * cols + j - 1] + 1, d[(i - 1) * cols + j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[(i - 2) * cols + j - 2] + 1);
      d[i * cols + j] = v;
    }
  }
  return d[rows * cols - 1];
}
function byCloseness(word, candidates) {
  const lower = word.toLowerCase();
  return candidates.map((c, i) => ({ c, i, d: editDistance(lower, c.toLowerCase()) })).sort((x, y) => x.d - y.d || x.i - y.i).map((x) => x.c);
}
function closest(word, candidates) {
  const best = byCloseness(word, candidates)[0];
  if (best === void 0) return void 0;
  const a = word.toLowerCase();
  const prefix = byCloseness(word, candidates).find((c) => {
    const b = c.toLowerCase();
    return Math.min(a.length, b.length) >= 3 && (b.startsWith(a) || a.startsWith(b));
  });
  if (prefix !== void 0) return prefix;
  const limit = Math.max(2, Math.floor(Math.max(word.length, best.length) / 3));
  return editDistance(a, best.toLowerCase()) <= limit ? best : void 0;
}

// src/util/schema-errors.ts
init_import_meta_url();
function pointerOf(path18) {
  return path18.length === 0 ? "/" : path18.map((p) => "/" + String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}
function pathOf(instancePath) {
  if (instancePath === "") return [];
  return instancePath.slice(1).split("/").map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
}
var quote = (v) => JSON.stringify(v);
function describeSchemaErrors(errors) {
  const seen = /* @__PURE__ */ new Set();
  const problems = [];
  for (const error of errors ?? []) {
    const problem = describe(error);
    if (problem === void 0) continue;
    const key = pointerOf(problem.path) + "\0" + problem.message;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}
function describe(error) {
  const path18 = pathOf(error.instancePath);
  const params = error.params;
  switch (error.keyword) {
    case "additionalProperties": {
      const name = String(params["additionalProperty"]);
      const parent = error.parentSchema;
      const known = Object.keys(parent?.properties ?? {}).filter((k) => k !== "$schema");
      const hint = closest(name, known);
      const expected2 = known.length > 0 ? `; expected one of ${known.map(quote).join(", ")}` : "";
      return {
        path: [...path18, name],
        key: true,
        candidates: known,
        message: `unexpected property ${quote(name)}${hint ? ` (did you mean ${quote(hint)}?)` : expected2}`
      };
    }
    case "propertyNames":
    case "if":
      return void 0;
    case "required":
      return { path: path18, message: `missing required property ${quote(params["missingProperty"])}` };
    case "type":
      return { path: path18, message: `expected ${article(String(params["type"]))}, got ${typeName(error.data)}` };
    case "enum": {
      const allowed = params["allowedValues"] ?? [];
      const hint = typeof error.data === "string" ? closest(error.data, allowed.map(String)) : void 0;
      return {
        path: path18,
        message: `expected one of ${allowed.map(quote).join(", ")}, got ${quote(error.data)}${hint ? ` (did you mean ${quote(hint)}?)` : ""}`
      };
    }
    case "const":
      return { path: path18, message: `expected ${quote(params["allowedValue"])}, got ${quote(error.data)}` };
    case "pattern":
      return { path: path18, message: `${quote(error.data)} does not match the pattern ${quote(params["pattern"])}` };
    case "uniqueItems":
      return { path: path18, message: `items ${String(params["j"])} and ${String(params["i"])} are the same; each may appear once` };
    case "minLength":
      return { path: path18, message: `must not be empty` };
    default:
      return { path: path18, message: error.message ?? `fails the ${error.keyword} check` };
  }
}
function article(type) {
  const names = type.split(",").map((t) => t === "object" ? "an object" : t === "array" ? "an array" : t === "integer" ? "an integer" : `a ${t}`);
  return names.join(" or ");
}
function typeName(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return `the string ${quote(value.length > 40 ? value.slice(0, 37) + "..." : value)}`;
  return `${typeof value} ${String(value)}`;
}

// src/util/nomad-version.ts
init_import_meta_url();
var VERSION = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:[-+].*)?$/;
function parseVersion(text) {
  const m = VERSION.exec(text.trim());
  if (m === null) return void 0;
  return [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
}
function compareVersions(a, b) {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
function formatVersion(v) {
  return v.join(".");
}
function atLeast(v, min) {
  return compareVersions(v, parseVersion(min)) >= 0;
}

// src/schema/check.ts
var isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function isBlockShaped(v) {
  return Array.isArray(v) && v.length > 0 && v.every(isObj);
}
var isExpr = (v) => typeof v === "string" && isExpressionString(v);
function fitsType(v, type) {
  switch (type) {
    case "string":
    case "duration":
      return typeof v === "string" || typeof v === "number" || typeof v === "boolean";
    case "number":
      return typeof v === "number" || typeof v === "string" && (NUMERIC.test(v) || isExpr(v));
    case "bool":
      return typeof v === "boolean" || v === "true" || v === "false" || isExpr(v);
    case "list":
      return Array.isArray(v) || isExpr(v);
    case "map":
      return isObj(v) || isExpr(v);
    case "any":
      return true;
  }
}
var TYPE_WORDS = {
  string: "a string",
  number: "a number",
  bool: "a bool",
  duration: 'a duration such as "30s"',
  list: "a list",
  map: "a map",
  any: "a value"
};
function lazyWhere(frames) {
  let text;
  return { toString: () => text ??= describeFrames(frames) };
}
function describeFrames(frames) {
  const parts = [];
  for (let i = frames.length - 1; i >= 0; i--) {
    const f = frames[i];
    parts.push(f.labels.length > 0 ? `${f.type} ${f.labels.map((l) => JSON.stringify(l)).join(" ")}` : f.type);
    if (f.labels.length > 0) break;
  }
  return parts.length === 0 ? "the file" : parts.join(" of ");
}
function current(items) {
  return Object.keys(items).filter((k) => items[k].until === void 0);
}
function expected(names, word) {
  if (names.length === 0) return "";
  const sorted = byCloseness(word, names);
  const shown = sorted.slice(0, 10).map((n) => JSON.stringify(n));
  return `. expected one of ${shown.join(", ")}${sorted.length > 10 ? ", ..." : ""}`;
}
var DYNAMIC_KEYS = ["for_each", "iterator", "labels", "content"];
function validateJobspec(doc, target, bothForms2) {
  const out = [];
  const report = (path18, message2) => out.push({ path: path18, message: message2 });
  const body = (value, kind, path18, frames) => {
    const spec = JOBSPEC[kind];
    if (spec === void 0 || spec.opaque) return;
    const where = lazyWhere(frames);
    if (spec.values !== void 0) {
      mapEntries(value, spec.values, path18, where);
      return;
    }
    for (const required of spec.required ?? []) {
      if (!(required in value)) report(path18, `${where} has no ${required} attribute`);
    }
    for (const key in value) {
      const v = value[key];
      const attr = spec.attributes[key];
      if (attr !== void 0 && fitsType(v, attr.type)) continue;
      const p = extendPath(path18, key);
      if (key === "dynamic" && kind !== "root") {
        dynamic(v, kind, p, frames);
        continue;
      }
      if (attr !== void 0) {
        {
          if (isBlockShaped(v) && attr.type !== "list") report(p, `${key} is an attribute, not a block, in ${where}: write ${key} = ...`);
          else report(p, `${key} in ${where} must be ${TYPE_WORDS[attr.type]}, got ${typeName(v)}`);
        }
        continue;
      }
      const child = spec.blocks[key];
      if (child !== void 0) {
        block(v, key, child, p, frames);
        continue;
      }
      const isBlock = isBlockShaped(v) || isObj(v) && Object.keys(v).length > 0 && Object.values(v).every(isBlockShaped);
      if (spec.attributes[key] === void 0 && isBlock && kind === "root" && key === "task") {
        report(p, `unexpected block "task" in the file: tasks belong in a job${expected(current(spec.blocks), key)}`);
        continue;
      }
      const candidates = current(isBlock ? spec.blocks : spec.attributes);
      report(p, `unexpected ${isBlock ? "block" : "attribute"} ${JSON.stringify(key)} in ${where}${expected(candidates, key)}`);
    }
  };
  const mapEntries = (value, type, path18, where) => {
    for (const key in value) {
      const v = value[key];
      if (fitsType(v, type) && !(type === "list" && isBlockShaped(v))) continue;
      if (isBlockShaped(v)) report(extendPath(path18, key), `${key} in ${where} is a block, but ${where} holds attributes only: write ${key} = ...`);
      else report(extendPath(path18, key), `${key} in ${where} must be ${TYPE_WORDS[type]}, got ${typeName(v)}`);
    }
  };
  const block = (v, type, child, path18, frames) => {
    const where = lazyWhere(frames);
    const labelHint = child.labels === 0 ? `${type} { ... }` : `${type} "<name>" { ... }`;
    const values = JOBSPEC[child.kind]?.values;
    if (child.mapForm) {
      const inner = extendPath(frames, { type, labels: [] });
      const second = bothForms2?.(path18.slice(0, -1), type);
      if (second !== void 0) {
        out.push({ path: path18, range: second.at, message: `duplicate ${type} block: ${type} is also set on line ${second.firstLine} of ${where}; write it once, as a block or as ${type} = { ... }` });
      }
      if (Array.isArray(v)) {
        v.forEach((item, i) => {
          if (!isObj(item)) report([...path18, i], `${type} in ${where} must be a block or a map`);
          else if (values !== void 0) mapEntries(item, values, extendPath(path18, i), lazyWhere(inner));
        });
        if (child.single && v.length > 1) report([...path18, 1], `only one ${type} block is allowed in ${where}`);
        return;
      }
      if (isObj(v)) {
        if (values !== void 0) mapEntries(v, values, path18, lazyWhere(inner));
      } else if (!isExpr(v)) report(path18, `${type} in ${where} must be a block or a map`);
      return;
    }
    if (child.labels === 0 && values !== void 0 && (isObj(v) || isExpr(v))) {
      report(path18, `${type} is a block in ${where}: write ${type} { ... }; only job, group and task meta and task env may also be written as ${type} = { ... }`);
      return;
    }
    const bodies = (x, labels, p, depth) => {
      if (depth === 0) {
        if (!Array.isArray(x)) {
          if (labels.length > 0) report(p, `${type} block in ${where} takes ${child.labels} label${child.labels === 1 ? "" : "s"}: ${labelHint}`);
          else report(p, `${type} is a block in ${where}: write ${type} { ... } without "=" (HCL1 style)`);
          return;
        }
        if (!isBlockShaped(x) && x.length > 0) {
          report(p, `${type} is a block in ${where}, not a list: write ${labelHint} (HCL1 style)`);
          return;
        }
        if (child.single && x.length > 1) report([...p, 1], `only one ${type} block is allowed in ${where}`);
        const inner = extendPath(frames, { type, labels });
        x.forEach((item, i) => body(item, child.kind, extendPath(p, i), inner));
        if (child.scaling !== void 0) scaling(x, labels, child.scaling, p, where);
        return;
      }
      if (!isObj(x)) {
        if (Array.isArray(x) && !isBlockShaped(x) && x.length > 0) report(p, `${type} is a block in ${where}, not a list: write ${labelHint} (HCL1 style)`);
        else if (Array.isArray(x)) report(p, `${type} block in ${where} needs a label: ${labelHint}`);
        else report(p, `${type} is a block in ${where}: write ${labelHint} (HCL1 style)`);
        return;
      }
      for (const label in x) bodies(x[label], extendPath(labels, label), extendPath(p, label), depth - 1);
    };
    bodies(v, [], path18, child.labels);
  };
  const scaling = (bodies, labels, spec, path18, where) => {
    const label = labels[0];
    if (spec.labelTypes !== void 0 && label !== void 0) {
      const names = Object.keys(spec.labelTypes);
      const expected2 = spec.labelTypes[label.toLowerCase()];
      if (expected2 === void 0) {
        report(path18, `invalid scaling policy name ${JSON.stringify(label)} in ${where}: it must be ${names.map((n) => JSON.stringify(n)).join(" or ")}`);
        return;
      }
      if (bodies.length > 1) report([...path18, 1], `duplicate scaling ${JSON.stringify(label)} block in ${where}: only one is allowed`);
      bodies.forEach((b, i) => {
        const t = b["type"];
        if (typeof t === "string" && !isExpr(t) && t !== expected2) {
          report([...path18, i, "type"], `invalid type ${JSON.stringify(t)} for scaling ${JSON.stringify(label)} in ${where}: it must be ${JSON.stringify(expected2)}, which the label gives, or be left out`);
        }
      });
    }
    if (spec.types !== void 0) {
      bodies.forEach((b, i) => {
        const t = b["type"];
        if (typeof t === "string" && !isExpr(t) && !spec.types.includes(t)) {
          report([...path18, i, "type"], `invalid scaling type ${JSON.stringify(t)} in ${where}: a group's scaling type must be ${spec.types.map((n) => JSON.stringify(n)).join(" or ")}`);
        }
      });
    }
  };
  const dynamic = (v, kind, path18, frames) => {
    const where = lazyWhere(frames);
    if (!isObj(v)) return;
    const spec = JOBSPEC[kind];
    for (const [type, list2] of Object.entries(v)) {
      const child = spec.blocks[type];
      if (child === void 0 || JOBSPEC[child.kind]?.opaque && !child.mapForm) {
        report([...path18, type], `dynamic "${type}" is not allowed in ${where}: ${type} is not a block there${expected(current(spec.blocks), type)}`);
        continue;
      }
      if (!Array.isArray(list2)) continue;
      list2.forEach((d, i) => {
        if (!isObj(d)) return;
        const p = [...path18, type, i];
        for (const key of Object.keys(d)) {
          if (!DYNAMIC_KEYS.includes(key)) report([...p, key], `unexpected attribute ${JSON.stringify(key)} in dynamic ${JSON.stringify(type)}${expected(DYNAMIC_KEYS, key)}`);
        }
        for (const need of ["for_each", "content"]) {
          if (!(need in d)) report(p, `dynamic ${JSON.stringify(type)} needs ${need === "content" ? "a content block" : "for_each"}`);
        }
        const content = d["content"];
        if (Array.isArray(content)) {
          if (content.length > 1) report([...p, "content", 1], `only one content block is allowed in dynamic ${JSON.stringify(type)}`);
          content.forEach((c, j) => {
            if (isObj(c)) body(c, child.kind, [...p, "content", j], [...frames, { type: "dynamic", labels: [type] }]);
          });
        }
      });
    }
  };
  if (!("job" in doc)) report([], "the file has no job block: a jobspec needs exactly one job");
  const jobs = doc["job"];
  if (isObj(jobs) && Object.keys(jobs).length > 1) report(["job", Object.keys(jobs)[1], 0], "only one job block is allowed per file");
  body(doc, "root", [], []);
  if (target !== void 0) out.push(...versionFindings(doc, (v) => atLeast(target, v), formatVersion(target)));
  return out;
}
function versionFindings(doc, targetAtLeast, target) {
  const out = [];
  const visit2 = (value, kind, path18, frames, missing) => {
    const spec = JOBSPEC[kind];
    if (spec === void 0 || spec.opaque || spec.values !== void 0 || !isObj(value)) return;
    const where = lazyWhere(frames);
    if (!missing) {
      for (const [name, attr] of Object.entries(spec.attributes)) {
        if (attr.requiredSince !== void 0 && targetAtLeast(attr.requiredSince) && !(name in value)) {
          out.push({ path: path18, message: `${where} has no ${name} attribute, which Nomad ${attr.requiredSince} and later require; the target is ${target}` });
        }
      }
    }
    for (const [key, v] of Object.entries(value)) {
      const child = spec.blocks[key];
      const item = child ?? spec.attributes[key];
      let lacks = missing;
      if (!missing && item?.since !== void 0 && !targetAtLeast(item.since)) {
        out.push({ path: [...path18, key], message: `${key} in ${where} needs Nomad ${item.since} or later; the target is ${target}` });
        lacks = true;
      } else if (!missing && item?.until !== void 0 && targetAtLeast(item.until)) {
        out.push({ path: [...path18, key], message: `${key} in ${where} was removed in Nomad ${item.until}; the target is ${target}` });
        lacks = true;
      }
      if (child === void 0) continue;
      const bodies = (x, labels, p, depth) => {
        if (depth === 0) {
          if (!Array.isArray(x)) return;
          if (!lacks && child.singleUntil !== void 0 && !targetAtLeast(child.singleUntil) && x.length > 1) {
            out.push({ path: [...p, 1], message: `only one ${key} block is allowed in ${where} before Nomad ${child.singleUntil}; the target is ${target}` });
          }
          x.forEach((b, i) => visit2(b, child.kind, extendPath(p, i), extendPath(frames, { type: key, labels }), lacks));
          return;
        }
        if (isObj(x)) for (const label in x) bodies(x[label], extendPath(labels, label), extendPath(p, label), depth - 1);
      };
      bodies(v, [], extendPath(path18, key), child.labels);
    }
  };
  visit2(doc, "root", [], [], false);
  return out;
}
function schemaLabels(root2, target) {
  const find = (body, kind, frames) => {
    const spec = JOBSPEC[kind];
    const free = spec === void 0 || spec.opaque === true || spec.values !== void 0;
    for (const item of body.items) {
      if (item.kind !== "block") continue;
      const child = free || item.type === "dynamic" ? void 0 : spec.blocks[item.type];
      if (item.span.start === target.span.start) return child === void 0 ? void 0 : { labels: child.labels, where: describeFrames(frames) };
      if (item.span.start > target.span.start || item.span.end < target.span.end) continue;
      return find(item.body, child === void 0 ? "opaque" : child.kind, extendPath(frames, { type: item.type, labels: item.labels }));
    }
    return null;
  };
  return find(root2, "root", []) ?? void 0;
}

// src/parse/hcl-structure.ts
init_import_meta_url();
var IDENT = /[\p{ID_Start}_][\p{ID_Continue}-]*/uy;
var HEREDOC_START = /<<(-?)([\p{ID_Start}_][\p{ID_Continue}-]*)[ \t]*\r?\n/uy;
var NL = 10;
var CR = 13;
var SPACE = 32;
var TAB = 9;
var HASH = 35;
var SLASH = 47;
var STAR = 42;
var QUOTE = 34;
var BACKSLASH = 92;
var DOLLAR = 36;
var PERCENT = 37;
var LBRACE = 123;
var RBRACE = 125;
var LPAREN = 40;
var RPAREN = 41;
var LBRACKET = 91;
var RBRACKET = 93;
var EQUALS = 61;
var LT = 60;
function scanHclStructure(text) {
  return new Scanner(text).run();
}
var Scanner = class {
  #text;
  #pos = 0;
  #comments = [];
  constructor(text) {
    this.#text = text;
  }
  run() {
    const body = this.#body(false);
    return { body, comments: this.#comments };
  }
  #code(at2) {
    return this.#text.charCodeAt(at2);
  }
  /** Parses body items until EOF or, when nested, an unmatched `}` (left unconsumed). */
  #body(nested) {
    const items = [];
    const text = this.#text;
    for (; ; ) {
      this.#skipTrivia(true);
      if (this.#pos >= text.length) break;
      const c = this.#code(this.#pos);
      if (c === RBRACE) {
        if (nested) break;
        this.#pos++;
        continue;
      }
      const start = this.#pos;
      const name = this.#identifier();
      if (name === void 0) {
        this.#skipLine();
        continue;
      }
      const nameSpan = { start, end: this.#pos };
      this.#skipTrivia(false);
      if (this.#code(this.#pos) === EQUALS && this.#code(this.#pos + 1) !== EQUALS) {
        this.#pos++;
        this.#skipTrivia(false);
        const exprStart = this.#pos;
        const exprEnd = this.#expression(false);
        items.push({
          kind: "attribute",
          name,
          nameSpan,
          exprSpan: { start: exprStart, end: Math.max(exprStart, exprEnd) },
          span: { start, end: Math.max(exprStart, exprEnd) }
        });
        continue;
      }
      const block = this.#blockRest(name, nameSpan);
      if (block === void 0) {
        this.#skipLine();
        continue;
      }
      items.push(block);
    }
    return { items };
  }
  #blockRest(type, typeSpan) {
    const labels = [];
    const labelSpans = [];
    for (; ; ) {
      const c = this.#code(this.#pos);
      if (c === QUOTE) {
        const start = this.#pos;
        const end = this.#quoted(start);
        labels.push(decodeLabel(this.#text.slice(start + 1, Math.max(start + 1, end - 1))));
        labelSpans.push({ start, end });
      } else if (c === LBRACE) {
        break;
      } else {
        const start = this.#pos;
        const label = this.#identifier();
        if (label === void 0) return void 0;
        labels.push(label);
        labelSpans.push({ start, end: this.#pos });
      }
      this.#skipTrivia(false);
    }
    const openBrace = this.#pos;
    this.#pos++;
    const body = this.#body(true);
    let closeBrace = -1;
    if (this.#code(this.#pos) === RBRACE) {
      closeBrace = this.#pos;
      this.#pos++;
    }
    const last = labelSpans[labelSpans.length - 1] ?? typeSpan;
    return {
      kind: "block",
      type,
      labels,
      typeSpan,
      labelSpans,
      headerSpan: { start: typeSpan.start, end: last.end },
      openBrace,
      closeBrace,
      span: { start: typeSpan.start, end: this.#pos },
      body
    };
  }
  #identifier() {
    IDENT.lastIndex = this.#pos;
    const m = IDENT.exec(this.#text);
    if (m === null) return void 0;
    this.#pos += m[0].length;
    return m[0];
  }
  /** Skips whitespace and comments; newlines only when `newlines` is set. */
  #skipTrivia(newlines) {
    const text = this.#text;
    while (this.#pos < text.length) {
      const c = this.#code(this.#pos);
      if (c === SPACE || c === TAB || c === CR) this.#pos++;
      else if (c === NL) {
        if (!newlines) return;
        this.#pos++;
      } else if (c === HASH || c === SLASH && this.#code(this.#pos + 1) === SLASH) this.#lineComment();
      else if (c === SLASH && this.#code(this.#pos + 1) === STAR) this.#blockComment();
      else return;
    }
  }
  #lineComment() {
    const start = this.#pos;
    let end = this.#text.indexOf("\n", start);
    if (end === -1) end = this.#text.length;
    let textEnd = end;
    if (textEnd > start && this.#code(textEnd - 1) === CR) textEnd--;
    this.#comments.push({ span: { start, end: textEnd }, text: this.#text.slice(start, textEnd) });
    this.#pos = end;
  }
  #blockComment() {
    const start = this.#pos;
    const close = this.#text.indexOf("*/", start + 2);
    const end = close === -1 ? this.#text.length : close + 2;
    this.#comments.push({ span: { start, end }, text: this.#text.slice(start, end) });
    this.#pos = end;
  }
  #skipLine() {
    const end = this.#text.indexOf("\n", this.#pos);
    this.#pos = end === -1 ? this.#text.length : end + 1;
  }
  /**
   * Skips an expression. Outside brackets it ends at a newline or at an unmatched closing
   * bracket (the `}` of a one-line block); inside a template interpolation (`inTemplate`)
   * newlines do not end it and the unmatched `}` is consumed. Returns the end of the last
   * expression token, so trailing comments are not part of the expression.
   */
  #expression(inTemplate) {
    const text = this.#text;
    const stack = [];
    let lastEnd = this.#pos;
    while (this.#pos < text.length) {
      const c = this.#code(this.#pos);
      if (c === NL) {
        if (stack.length === 0 && !inTemplate) return lastEnd;
        this.#pos++;
      } else if (c === SPACE || c === TAB || c === CR) {
        this.#pos++;
      } else if (c === HASH || c === SLASH && this.#code(this.#pos + 1) === SLASH) {
        this.#lineComment();
      } else if (c === SLASH && this.#code(this.#pos + 1) === STAR) {
        this.#blockComment();
      } else if (c === QUOTE) {
        this.#pos = this.#quoted(this.#pos);
        lastEnd = this.#pos;
      } else if (c === LT && this.#code(this.#pos + 1) === LT && this.#heredoc()) {
        lastEnd = this.#pos;
      } else if (c === LBRACE || c === LPAREN || c === LBRACKET) {
        stack.push(c);
        this.#pos++;
        lastEnd = this.#pos;
      } else if (c === RBRACE || c === RPAREN || c === RBRACKET) {
        if (stack.length === 0) {
          if (inTemplate && c === RBRACE) {
            this.#pos++;
            return this.#pos;
          }
          return lastEnd;
        }
        stack.pop();
        this.#pos++;
        lastEnd = this.#pos;
      } else {
        this.#pos++;
        lastEnd = this.#pos;
      }
    }
    return lastEnd;
  }
  /** Skips a quoted template starting at `start` (a `"`); returns the offset after it. */
  #quoted(start) {
    const text = this.#text;
    this.#pos = start + 1;
    while (this.#pos < text.length) {
      const c = this.#code(this.#pos);
      if (c === BACKSLASH) this.#pos += 2;
      else if (c === QUOTE) return ++this.#pos;
      else if (c === NL) return this.#pos;
      else if ((c === DOLLAR || c === PERCENT) && this.#code(this.#pos + 1) === c && this.#code(this.#pos + 2) === LBRACE) {
        this.#pos += 3;
      } else if ((c === DOLLAR || c === PERCENT) && this.#code(this.#pos + 1) === LBRACE) {
        this.#pos += 2;
        this.#expression(true);
      } else this.#pos++;
    }
    return this.#pos;
  }
  /** Skips a heredoc at the current `<<`; false (nothing consumed) when it is not one. */
  #heredoc() {
    const text = this.#text;
    HEREDOC_START.lastIndex = this.#pos;
    const m = HEREDOC_START.exec(text);
    if (m === null) return false;
    const marker = m[2];
    this.#pos += m[0].length;
    let lineStart = this.#pos;
    while (this.#pos < text.length) {
      if (this.#pos === lineStart) {
        const end = closingMarkerEnd(text, lineStart, marker);
        if (end !== -1) {
          this.#pos = end;
          return true;
        }
      }
      const c = this.#code(this.#pos);
      if (c === NL) {
        this.#pos++;
        lineStart = this.#pos;
      } else if ((c === DOLLAR || c === PERCENT) && this.#code(this.#pos + 1) === c && this.#code(this.#pos + 2) === LBRACE) {
        this.#pos += 3;
      } else if ((c === DOLLAR || c === PERCENT) && this.#code(this.#pos + 1) === LBRACE) {
        this.#pos += 2;
        this.#expression(true);
      } else this.#pos++;
    }
    return true;
  }
};
function closingMarkerEnd(text, lineStart, marker) {
  let i = lineStart;
  while (i < text.length && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
  if (!text.startsWith(marker, i)) return -1;
  const end = i + marker.length;
  let j = end;
  while (j < text.length && (text.charCodeAt(j) === SPACE || text.charCodeAt(j) === TAB || text.charCodeAt(j) === CR)) j++;
  return j >= text.length || text.charCodeAt(j) === NL ? end : -1;
}
var ESCAPES = { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" };
function decodeLabel(raw) {
  if (!/[\\$%]/.test(raw)) return raw;
  return raw.replace(/\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))|\$\$\{|%%\{/gs, (all, u4, u8, ch) => {
    if (all === "$${") return "${";
    if (all === "%%{") return "%{";
    if (u4 !== void 0) return String.fromCharCode(parseInt(u4, 16));
    if (u8 !== void 0) return String.fromCodePoint(Math.min(parseInt(u8, 16), 1114111));
    return ESCAPES[ch ?? ""] ?? all;
  });
}

// src/parse/hcl-wasm.ts
init_import_meta_url();
var import_node_fs = require("node:fs");
var import_node_module2 = require("node:module");
var import_node_path = __toESM(require("node:path"), 1);
var import_node_url = require("node:url");
var import_node_util = require("node:util");

// src/util/jit.ts
init_import_meta_url();
var import_node_module = require("node:module");
function setV8Flags(flags) {
  (0, import_node_module.createRequire)(importMetaUrl)("node:v8").setFlagsFromString(flags);
}
function optimizeOnlyHotCode() {
  setV8Flags("--interrupt-budget=540672");
}

// src/parse/hcl-wasm.ts
var ROOT_GLOBAL = "__parse_terraform_config_wasm__";
var compiled;
var started;
function packageDir() {
  try {
    return import_node_path.default.dirname((0, import_node_module2.createRequire)(importMetaUrl).resolve("@cdktf/hcl2json/package.json"));
  } catch {
    return void 0;
  }
}
function wasmFile() {
  const dir = packageDir();
  return dir === void 0 ? (0, import_node_url.fileURLToPath)(new URL("../main.wasm.gz", importMetaUrl)) : import_node_path.default.join(dir, "main.wasm.gz");
}
var UNCOMPRESSED = "hcl2json.wasm";
function uncompressedWasm() {
  try {
    return (0, import_node_fs.readFileSync)(new URL(`./${UNCOMPRESSED}`, importMetaUrl));
  } catch {
    return void 0;
  }
}
var keptOnBaseline = false;
var everyCoreLints = false;
function parserSharesEveryCore() {
  everyCoreLints = true;
  if (keptOnBaseline) baselineOnly();
}
function baselineOnly() {
  setV8Flags("--liftoff-only");
}
var beforeCompile;
function compileHclModule() {
  compiled ??= (async () => {
    const prepare = beforeCompile;
    beforeCompile = void 0;
    prepare?.();
    const bytes = uncompressedWasm() ?? await decompress((0, import_node_fs.readFileSync)(wasmFile()));
    return WebAssembly.compile(bytes);
  })();
  return compiled;
}
async function decompress(compressed) {
  const { gunzip } = (0, import_node_module2.createRequire)(importMetaUrl)("node:zlib");
  return await (0, import_node_util.promisify)(gunzip)(compressed, { chunkSize: 1 << 23 });
}
function useHclModule(module2) {
  compiled ??= module2;
}
function startHclParser() {
  started ??= (async () => {
    const module2 = await compileHclModule();
    await Promise.resolve().then(() => __toESM(require_bridge_wasm_exec(), 1));
    const Go = globalThis.Go;
    const go = new Go();
    const instance = await WebAssembly.instantiate(module2, go.importObject);
    const root2 = {};
    globalThis[ROOT_GLOBAL] = root2;
    void go.run(instance);
    const goParse = root2["parse"];
    if (typeof goParse !== "function") throw new Error("the HCL parser did not start: @cdktf/hcl2json registered no parse function");
    return (fileName, text) => {
      let outcome;
      try {
        goParse(fileName, text, (error, result) => {
          outcome = error ? { ok: false, message: String(error) } : { ok: true, json: result ?? "null" };
        });
      } catch (error) {
        started = void 0;
        return { ok: false, message: error instanceof Error ? error.message : String(error), crashed: true };
      }
      if (outcome === void 0) throw new Error("the HCL parser did not answer synchronously");
      return outcome;
    };
  })();
  return started;
}

// src/parse/source.ts
init_import_meta_url();
var BOM = "\uFEFF";
var SourceText = class {
  text;
  hasBom;
  #lineStarts;
  constructor(raw) {
    this.hasBom = raw.startsWith(BOM);
    this.text = this.hasBom ? raw.slice(1) : raw;
  }
  get lineStarts() {
    if (this.#lineStarts === void 0) {
      const starts = [0];
      const text = this.text;
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
      this.#lineStarts = starts;
    }
    return this.#lineStarts;
  }
  get lineCount() {
    return this.lineStarts.length;
  }
  /** Converts an offset to a 1-based line and UTF-16 column. */
  positionAt(offset) {
    const starts = this.lineStarts;
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - starts[lo] + 1 };
  }
  rangeOf(span) {
    const start = this.positionAt(span.start);
    const end = this.positionAt(span.end);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  }
  /** The text of a 1-based line, without its line terminator. */
  lineText(line) {
    const starts = this.lineStarts;
    const start = starts[line - 1];
    if (start === void 0) return "";
    const next = starts[line];
    let end = next === void 0 ? this.text.length : next - 1;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return this.text.slice(start, end);
  }
  /** Offset of the start of a 1-based line (the text length past the last line). */
  lineStart(line) {
    return this.lineStarts[line - 1] ?? this.text.length;
  }
};
var graphemes;
function graphemeColumnToUtf16(lineText, column) {
  if (column <= 1) return 1;
  if (/^[\x00-\x7f]*$/.test(lineText)) return Math.min(column, lineText.length + 1);
  graphemes ??= new Intl.Segmenter("en", { granularity: "grapheme" });
  let remaining = column - 1;
  let units = 0;
  for (const { segment } of graphemes.segment(lineText)) {
    if (remaining === 0) break;
    units += segment.length;
    remaining--;
  }
  return Math.min(units + remaining + 1, lineText.length + 1);
}

// src/parse/hcl.ts
var MAX_UNREAD = 16;
var INPUT_NAME = "nomad-remote-lint.input";
async function runHclParser(text) {
  const parse2 = await startHclParser();
  return parse2(INPUT_NAME, text);
}
async function parseHcl(source, answer) {
  const outcome = answer ?? await runHclParser(source.text);
  if (!outcome.ok && outcome.crashed) {
    return { ok: false, errors: [{ line: 1, column: 1, endLine: 1, endColumn: 1, summary: `the HCL parser failed on this file (${outcome.message})`, detail: "" }] };
  }
  if (!outcome.ok && conversionProblem(outcome.message) !== void 0) return parseAround(source, outcome.message);
  if (!outcome.ok) return { ok: false, errors: parseHclErrors(outcome.message, source) };
  return { ok: true, json: jsonObject(outcome.json), unread: [] };
}
function jsonObject(text) {
  const json2 = JSON.parse(text);
  return json2 === null || typeof json2 !== "object" || Array.isArray(json2) ? {} : json2;
}
var LABELS_EXTENDED = /Unable to convert Block to JSON: ([^\]\n]+?)\s*\]?\s*$/;
var MIXED_LABELS = /for "([^"]+)" block, cannot have blocks with and without labels/;
function conversionProblem(message2) {
  if (message2.search(DIAGNOSTIC_START) !== -1) return void 0;
  const extended = LABELS_EXTENDED.exec(message2);
  if (extended !== null) return { kind: "extends", path: extended[1] };
  const mixed = MIXED_LABELS.exec(message2);
  if (mixed !== null) return { kind: "mixed", type: mixed[1] };
  return void 0;
}
async function parseAround(source, first2) {
  const structure = scanHclStructure(source.text);
  const unread = [];
  let text = source.text;
  let message2 = first2;
  for (let i = 0; i < MAX_UNREAD; i++) {
    const problem = conversionProblem(message2);
    const found = problem === void 0 ? void 0 : problem.kind === "extends" ? findExtending(structure.body, problem.path) : findMixed(structure.body, problem.type);
    if (found === void 0 || unread.some((u) => u.block.span.start === found.block.span.start)) break;
    for (const u of leftOut(structure.body, found)) {
      unread.push(u);
      text = blank(text, u.block.span.start, u.block.span.end);
    }
    const outcome = await runHclParser(text);
    if (outcome.ok) return { ok: true, json: jsonObject(outcome.json), unread };
    if (outcome.crashed) break;
    message2 = outcome.message;
  }
  return { ok: false, errors: parseHclErrors(message2, source) };
}
function leftOut(root2, found) {
  const expected2 = schemaLabels(root2, found.block);
  if (expected2 === void 0) return [{ kind: "unread", block: found.block, name: found.name, reason: found.reason }];
  const { labels, where } = expected2;
  const type = found.block.type;
  const hint = labels === 0 ? `${type} { ... }` : `${type} ${Array.from({ length: labels }, () => '"<name>"').join(" ")} { ... }`;
  const message2 = `${type} block in ${where} takes ${labels} label${labels === 1 ? "" : "s"}: ${hint}`;
  return found.siblings.filter((b) => b.labels.length !== labels).map((block) => ({ kind: "labels", block, message: message2 }));
}
function blank(text, start, end) {
  return text.slice(0, start) + text.slice(start, end).replace(/[^\n\r]/g, " ") + text.slice(end);
}
var describeBlock = (b) => [b.type, ...b.labels.map((l) => JSON.stringify(l))].join(" ");
function findExtending(body, path18) {
  const blocks = body.items.filter((i) => i.kind === "block");
  for (const b of blocks) {
    if ([b.type, ...b.labels].join(".") !== path18) continue;
    const shorter = blocks.find((o) => o !== b && o.type === b.type && o.labels.length < b.labels.length && o.labels.every((l, k) => b.labels[k] === l));
    if (shorter === void 0) continue;
    const reason2 = shorter.labels.length === 0 ? `other ${JSON.stringify(b.type)} blocks on the same level have no labels` : `its labels extend those of ${describeBlock(shorter)} on the same level`;
    return { block: b, siblings: blocks.filter((o) => o.type === b.type), name: describeBlock(b), reason: reason2 };
  }
  for (const b of blocks) {
    const inner = findExtending(b.body, path18);
    if (inner !== void 0) return inner;
  }
  return void 0;
}
function findMixed(body, type) {
  const found = findMixedLabels(body, type);
  if (found === void 0) return void 0;
  const { odd, siblings } = found;
  return { block: odd, siblings, name: describeBlock(odd), reason: `other ${JSON.stringify(type)} blocks on the same level have ${odd.labels.length === 0 ? "labels" : "no labels"}` };
}
var DIAGNOSTIC_START = new RegExp(
  `(?:^|\\s|\\[)${INPUT_NAME.replace(/[.]/g, "\\.")}:(\\d+),(\\d+)-(?:(\\d+),)?(\\d+): `,
  "g"
);
function parseHclErrors(message2, source) {
  const starts = [...message2.matchAll(DIAGNOSTIC_START)];
  if (starts.length === 0) return [conversionError(message2)];
  return starts.map((m, i) => {
    const bodyStart = m.index + m[0].length;
    const next = starts[i + 1];
    let body = message2.slice(bodyStart, next === void 0 ? void 0 : next.index);
    if (next === void 0) body = body.replace(/\]\s*$/, "");
    const split = body.indexOf("; ");
    const summary2 = (split === -1 ? body : body.slice(0, split)).trim();
    const detail = split === -1 ? "" : body.slice(split + 2).trim();
    const line = Number(m[1]);
    const endLine = m[3] === void 0 ? line : Number(m[3]);
    return {
      ...hclRange(source, line, Number(m[2]), endLine, Number(m[4])),
      summary: summary2,
      detail
    };
  });
}
function hclRange(source, line, column, endLine, endColumn) {
  const maxLine = source.lineCount;
  const l = Math.min(Math.max(line, 1), maxLine);
  const el = Math.min(Math.max(endLine, l), maxLine);
  const c = graphemeColumnToUtf16(source.lineText(l), column);
  let ec = graphemeColumnToUtf16(source.lineText(el), endColumn);
  if (el === l && ec < c) ec = c;
  return { line: l, column: c, endLine: el, endColumn: ec };
}
function conversionError(message2) {
  const text = message2.replace(/^parse config: \[?/, "").replace(/\]$/, "").trim();
  return { line: 1, column: 1, endLine: 1, endColumn: 1, summary: text || "the file could not be parsed", detail: "" };
}
function findMixedLabels(body, type) {
  const blocks = body.items.filter((i) => i.kind === "block");
  const siblings = blocks.filter((b) => b.type === type);
  const odd = siblings.find((b) => b.labels.length !== siblings[0].labels.length);
  if (odd !== void 0) return { odd, siblings };
  for (const b of blocks) {
    const inner = findMixedLabels(b.body, type);
    if (inner !== void 0) return inner;
  }
  return void 0;
}

// src/parse/hcl-positions.ts
init_import_meta_url();
var HclPositionMap = class {
  #source;
  #structure;
  constructor(source) {
    this.#source = source;
  }
  get structure() {
    this.#structure ??= scanHclStructure(this.#source.text);
    return this.#structure;
  }
  locate(path18) {
    return locate(this.structure.body, path18);
  }
  /** The span to report for a path: a block's header, an attribute from name to value. */
  spanOf(path18) {
    const { item } = this.locate(path18);
    if (item === void 0) return { start: 0, end: 0 };
    return item.kind === "block" ? item.headerSpan : item.span;
  }
  rangeOf(path18) {
    return this.#source.rangeOf(this.spanOf(path18));
  }
};
function locate(root2, path18) {
  let body = root2;
  let found;
  let i = 0;
  while (i < path18.length) {
    const key = path18[i];
    if (typeof key !== "string") return { item: found, exact: false };
    const attribute = body.items.find((it) => it.kind === "attribute" && it.name === key);
    if (attribute !== void 0) return { item: attribute, exact: true };
    let j = i + 1;
    while (j < path18.length && typeof path18[j] === "string") j++;
    const index = j === path18.length ? 0 : path18[j];
    if (typeof index !== "number") return { item: found, exact: false };
    const block = nthBlock(body, key, path18, i + 1, j, index);
    if (block === void 0) return { item: found, exact: false };
    found = block;
    body = block.body;
    i = j + 1;
  }
  return { item: found, exact: true };
}
function nthBlock(body, type, path18, from, to, index) {
  let seen = 0;
  for (const it of body.items) {
    if (it.kind !== "block" || it.type !== type || it.labels.length !== to - from) continue;
    let same = true;
    for (let k = from; k < to && same; k++) same = it.labels[k - from] === path18[k];
    if (same && seen++ === index) return it;
  }
  return void 0;
}

// src/parse/json-source.ts
init_import_meta_url();

// node_modules/jsonc-parser/lib/esm/main.js
init_import_meta_url();

// node_modules/jsonc-parser/lib/esm/impl/format.js
init_import_meta_url();

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
init_import_meta_url();
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
init_import_meta_url();
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/edit.js
init_import_meta_url();

// node_modules/jsonc-parser/lib/esm/impl/parser.js
init_import_meta_url();
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep, offset, length) => {
      if (currentParent.type === "property") {
        if (sep === ":") {
          currentParent.colonOffset = offset;
        } else if (sep === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function findNodeAtLocation(root2, path18) {
  if (!root2) {
    return void 0;
  }
  let node = root2;
  for (let segment of path18) {
    if (typeof segment === "string") {
      if (node.type !== "object" || !Array.isArray(node.children)) {
        return void 0;
      }
      let found = false;
      for (const propertyNode of node.children) {
        if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
          node = propertyNode.children[1];
          found = true;
          break;
        }
      }
      if (!found) {
        return void 0;
      }
    } else {
      const index = segment;
      if (node.type !== "array" || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
        return void 0;
      }
      node = node.children[index];
    }
  }
  return node;
}
function getNodeValue(node) {
  switch (node.type) {
    case "array":
      return node.children.map(getNodeValue);
    case "object":
      const obj = /* @__PURE__ */ Object.create(null);
      for (let prop of node.children) {
        const valueNode = prop.children[1];
        if (valueNode) {
          obj[prop.children[0].value] = getNodeValue(valueNode);
        }
      }
      return obj;
    case "null":
    case "string":
    case "number":
    case "boolean":
      return node.value;
    default:
      return void 0;
  }
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parseTree2 = parseTree;
var findNodeAtLocation2 = findNodeAtLocation;
var getNodeValue2 = getNodeValue;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// src/parse/json-source.ts
var MESSAGES = {
  InvalidSymbol: "invalid symbol",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "expected a property name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected ","',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: "expected the end of the file",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "unexpected end of comment",
  UnexpectedEndOfString: "unterminated string",
  UnexpectedEndOfNumber: "unexpected end of number",
  InvalidUnicode: "invalid unicode escape",
  InvalidEscapeCharacter: "invalid escape character",
  InvalidCharacter: "invalid character"
};
function parseJsonSource(raw) {
  const source = new SourceText(raw);
  const errors = [];
  const tree = parseTree2(source.text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0 || tree === void 0) {
    const list2 = errors.length > 0 ? errors : [{ error: 4, offset: 0, length: 0 }];
    return {
      ok: false,
      errors: list2.map((e) => ({
        ...source.rangeOf({ start: e.offset, end: e.offset + Math.max(e.length, 0) }),
        message: MESSAGES[printParseErrorCode(e.error)] ?? printParseErrorCode(e.error)
      }))
    };
  }
  const root2 = tree;
  return {
    ok: true,
    doc: {
      source,
      value: getNodeValue2(root2),
      rangeOf(path18, key = false) {
        let node = descend(root2, path18);
        if (key && node.parent?.type === "property" && node.parent.children?.[0]) node = node.parent.children[0];
        return source.rangeOf({ start: node.offset, end: node.offset + node.length });
      }
    }
  };
}
function descend(root2, path18) {
  let node = root2;
  for (const segment of path18) {
    let next;
    if (node.type === "array" && /^\d+$/.test(String(segment))) next = node.children?.[Number(segment)];
    else if (node.type === "object") next = findNodeAtLocation2(node, [String(segment)]);
    if (next === void 0) break;
    node = next;
  }
  return node;
}

// src/parse/nesting.ts
init_import_meta_url();
var OPEN = /* @__PURE__ */ new Set(["{", "[", "("]);
var CLOSE = /* @__PURE__ */ new Set(["}", "]", ")"]);
var HEREDOC = /<<-?([A-Za-z_][A-Za-z0-9_-]*)\r?\n/y;
function firstTooDeep(text, limit) {
  let openers = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 || c === 91 || c === 40) openers++;
  }
  if (openers <= limit) return -1;
  return scan(text, limit);
}
function scan(text, limit) {
  const stack = [{ mode: 0 /* Code */ }];
  let depth = 0;
  let i = 0;
  const n = text.length;
  const enter = () => {
    depth++;
    stack.push({ mode: 0 /* Code */ });
    return depth <= limit;
  };
  while (i < n) {
    const top = stack[stack.length - 1];
    const c = text[i];
    if (top.mode === 1 /* String */) {
      if (c === "\\") i += 2;
      else if (c === '"') {
        stack.pop();
        i++;
      } else if ((c === "$" || c === "%") && text[i + 1] === c && text[i + 2] === "{") i += 3;
      else if ((c === "$" || c === "%") && text[i + 1] === "{") {
        if (!enter()) return i;
        i += 2;
      } else i++;
      continue;
    }
    if (top.mode === 2 /* Heredoc */) {
      if (i === 0 || text[i - 1] === "\n") {
        let end = text.indexOf("\n", i);
        if (end === -1) end = n;
        if (text.slice(i, end).trim() === top.marker) {
          stack.pop();
          i = end;
          continue;
        }
      }
      if ((c === "$" || c === "%") && text[i + 1] === c && text[i + 2] === "{") i += 3;
      else if ((c === "$" || c === "%") && text[i + 1] === "{") {
        if (!enter()) return i;
        i += 2;
      } else i++;
      continue;
    }
    if (c === '"') {
      stack.push({ mode: 1 /* String */ });
      i++;
    } else if (c === "#" || c === "/" && text[i + 1] === "/") {
      const end = text.indexOf("\n", i);
      i = end === -1 ? n : end;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end === -1 ? n : end + 2;
    } else if (c === "<" && text[i + 1] === "<") {
      HEREDOC.lastIndex = i;
      const m = HEREDOC.exec(text);
      if (m === null) i += 2;
      else {
        stack.push({ mode: 2 /* Heredoc */, marker: m[1] });
        i += m[0].length;
      }
    } else if (OPEN.has(c)) {
      if (!enter()) return i;
      i++;
    } else if (CLOSE.has(c)) {
      if (depth > 0) {
        stack.pop();
        depth--;
      }
      i++;
    } else i++;
  }
  return -1;
}
function jsonDepth(value, stopAt) {
  const walk = (v, outer) => {
    if (v === null || typeof v !== "object") return outer;
    const depth = outer + 1;
    let max = depth;
    if (depth > stopAt) return max;
    if (Array.isArray(v)) {
      for (const x of v) {
        const d = walk(x, depth);
        if (d > max && (max = d) > stopAt) return max;
      }
    } else {
      for (const key in v) {
        const d = walk(v[key], depth);
        if (d > max && (max = d) > stopAt) return max;
      }
    }
    return max;
  };
  return walk(value, 0);
}

// src/util/fs.ts
init_import_meta_url();
var import_node_fs2 = require("node:fs");
var import_node_path2 = __toESM(require("node:path"), 1);
function makeDirectory(dir) {
  const missing = [];
  for (let d = import_node_path2.default.resolve(dir); !(0, import_node_fs2.existsSync)(d); d = import_node_path2.default.dirname(d)) {
    missing.push(d);
    if (import_node_path2.default.dirname(d) === d) break;
  }
  for (const d of missing.reverse()) {
    try {
      (0, import_node_fs2.mkdirSync)(d);
    } catch (error) {
      if (error.code !== "EEXIST" || statIfAny(d)?.isDirectory() !== true) throw error;
    }
  }
}
function statIfAny(p) {
  try {
    return (0, import_node_fs2.statSync)(p, { throwIfNoEntry: false });
  } catch {
    return void 0;
  }
}
function describeFsError(error) {
  const e = error;
  switch (e.code) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOENT":
      return "no such file or directory";
    case "EISDIR":
      return "is a directory";
    case "ELOOP":
      return "too many levels of symbolic links";
    case "ENOTDIR":
    case "EEXIST":
      return "a file is where a directory should be";
    case "ENOSPC":
      return "no space left on the device";
    case "EROFS":
      return "read-only file system";
    case "ENOTREGULAR":
      return "not a regular file";
    case "EFBIG":
      return `${sizeText(e.size ?? 0)}, more than the ${sizeText(e.limit ?? 0)} a file of this kind may have`;
    default:
      return e.code ?? (e instanceof Error ? e.message : String(error));
  }
}
function readSmallFile(file, maxBytes) {
  const fd = (0, import_node_fs2.openSync)(file, import_node_fs2.constants.O_RDONLY | (import_node_fs2.constants.O_NONBLOCK ?? 0));
  try {
    const st = (0, import_node_fs2.fstatSync)(fd);
    if (!st.isFile()) throw Object.assign(new Error("not a regular file"), { code: "ENOTREGULAR" });
    if (st.size > maxBytes) throw Object.assign(new Error("too large"), { code: "EFBIG", size: st.size, limit: maxBytes });
    const buffer = Buffer.allocUnsafe(st.size);
    let read = 0;
    while (read < st.size) {
      const n = (0, import_node_fs2.readSync)(fd, buffer, read, st.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.toString("utf8", 0, read);
  } finally {
    (0, import_node_fs2.closeSync)(fd);
  }
}
function sizeText(bytes) {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

// src/eval/evaluate.ts
init_import_meta_url();

// src/eval/types.ts
init_import_meta_url();

// src/eval/value.ts
init_import_meta_url();
var Unknown = class {
  /**
   * `reported`: the cause is already a finding of its own (an invalid value), so no
   * `unresolved-value`. `kept`: for what Nomad leaves for the client (`${node.unique.name}`,
   * `"${NOMAD_PORT_http}:80"`), the text Nomad keeps in its place.
   */
  constructor(reason2, reported = false, kept) {
    this.reason = reason2;
    this.reported = reported;
    this.kept = kept;
  }
  reason;
  reported;
  kept;
};
function keptText(v) {
  return typeof v === "string" ? v : v instanceof Unknown ? v.kept : void 0;
}
var EvalError = class extends Error {
  constructor(message2) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message2);
    Error.stackTraceLimit = limit;
  }
};
function isObject2(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v) && !(v instanceof Unknown);
}
function findUnknown(v) {
  if (v instanceof Unknown) return v;
  if (Array.isArray(v)) {
    for (const x of v) {
      const u = findUnknown(x);
      if (u) return u;
    }
  } else if (isObject2(v)) {
    for (const x of Object.values(v)) {
      const u = findUnknown(x);
      if (u) return u;
    }
  }
  return void 0;
}
function typeName2(v) {
  if (v === null) return "null";
  if (v instanceof Unknown) return "unknown";
  if (Array.isArray(v)) return "list";
  if (typeof v === "object") return "object";
  return typeof v;
}
function numberToString(n) {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
  return String(n);
}
function toStr(v, what = "value") {
  if (typeof v === "string") return v;
  if (typeof v === "number") return numberToString(v);
  if (typeof v === "boolean") return v ? "true" : "false";
  if (v === null) throw new EvalError(`${what} is null, where a string is required`);
  throw new EvalError(`${what} is a ${typeName2(v)}, where a string is required`);
}
function toNum(v, what = "value") {
  if (typeof v === "number") return v;
  if (typeof v === "string" && NUMERIC.test(v)) return Number(v);
  if (v === null) throw new EvalError(`${what} is null, where a number is required`);
  throw new EvalError(`${what} (${describe2(v)}) is not a number`);
}
function toBool(v, what = "value") {
  if (typeof v === "boolean") return v;
  if (v === "true") return true;
  if (v === "false") return false;
  if (v === null) throw new EvalError(`${what} is null, where a bool is required`);
  throw new EvalError(`${what} (${describe2(v)}) is not a bool`);
}
function toList(v, what = "value") {
  if (Array.isArray(v)) return v;
  throw new EvalError(`${what} is a ${typeName2(v)}, where a list is required`);
}
function toObject(v, what = "value") {
  if (isObject2(v)) return v;
  throw new EvalError(`${what} is a ${typeName2(v)}, where a map or object is required`);
}
function describe2(v) {
  if (v instanceof Unknown) return "an unknown value";
  if (typeof v === "string") return JSON.stringify(v.length > 40 ? v.slice(0, 37) + "..." : v);
  const s = JSON.stringify(v);
  return s.length > 40 ? s.slice(0, 37) + "..." : s;
}
function equal(a, b) {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (isObject2(a) && isObject2(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && equal(a[k], b[k]));
  }
  return false;
}
function fromJson(v) {
  if (v === null || typeof v === "boolean" || typeof v === "number" || typeof v === "string") return v;
  if (Array.isArray(v)) return v.map(fromJson);
  if (typeof v === "object") {
    const out = {};
    for (const [k, x] of Object.entries(v)) out[k] = fromJson(x);
    return out;
  }
  return null;
}

// src/eval/types.ts
var ANY = { k: "any" };
function typeFromExpr(e) {
  if (e.t === "var" && ["string", "number", "bool", "any"].includes(e.name)) return { k: e.name };
  if (e.t === "call") {
    const [arg] = e.args;
    switch (e.name) {
      case "list":
      case "set":
      case "map":
        if (e.args.length !== 1) throw new EvalError(`${e.name}() type takes one element type`);
        return { k: e.name, e: typeFromExpr(arg) };
      case "tuple":
        if (arg?.t !== "tuple") throw new EvalError("tuple() type takes a list of element types");
        return { k: "tuple", items: arg.items.map(typeFromExpr) };
      case "object": {
        if (arg?.t !== "object") throw new EvalError("object() type takes an object of attribute types");
        const attrs = /* @__PURE__ */ new Map();
        for (const item of arg.items) {
          if (item.key.t !== "lit" || typeof item.key.v !== "string") throw new EvalError("object() type keys must be names");
          const v = item.value;
          if (v.t === "call" && v.name === "optional") attrs.set(item.key.v, { t: typeFromExpr(v.args[0]), optional: true, def: v.args[1] });
          else attrs.set(item.key.v, { t: typeFromExpr(v), optional: false, def: void 0 });
        }
        return { k: "object", attrs };
      }
    }
  }
  throw new EvalError("invalid type constraint: expected string, number, bool, any, list(...), set(...), map(...), tuple([...]) or object({...})");
}
function describeType(t) {
  switch (t.k) {
    case "list":
    case "set":
    case "map":
      return `${t.k}(${describeType(t.e)})`;
    case "tuple":
      return `tuple([${t.items.map(describeType).join(", ")}])`;
    case "object":
      return `object({${[...t.attrs].map(([k, a]) => `${k} = ${describeType(a.t)}`).join(", ")}})`;
    default:
      return t.k;
  }
}
function convert(v, t, evaluateDefault, where = "value") {
  if (v instanceof Unknown || v === null || t.k === "any") return v;
  try {
    switch (t.k) {
      case "string":
        return toStr(v, where);
      case "number":
        return toNum(v, where);
      case "bool":
        return toBool(v, where);
      case "list":
      case "set": {
        if (!Array.isArray(v)) throw new EvalError(`${where} is ${describe2(v)} (a ${typeName2(v)}), where a ${t.k} is required`);
        const items = v.map((x, i) => convert(x, t.e, evaluateDefault, `${where}[${i}]`));
        return t.k === "set" ? items.filter((x, i) => items.findIndex((y) => JSON.stringify(y) === JSON.stringify(x)) === i) : items;
      }
      case "map": {
        if (!isObject2(v)) throw new EvalError(`${where} is ${describe2(v)} (a ${typeName2(v)}), where a map is required`);
        const out = {};
        for (const [k, x] of Object.entries(v)) out[k] = convert(x, t.e, evaluateDefault, `${where}["${k}"]`);
        return out;
      }
      case "tuple": {
        if (!Array.isArray(v) || v.length !== t.items.length) throw new EvalError(`${where} must be a list of ${t.items.length} items`);
        return v.map((x, i) => convert(x, t.items[i], evaluateDefault, `${where}[${i}]`));
      }
      case "object": {
        if (!isObject2(v)) throw new EvalError(`${where} is ${describe2(v)} (a ${typeName2(v)}), where an object is required`);
        const out = {};
        for (const [k, a] of t.attrs) {
          if (k in v) out[k] = convert(v[k], a.t, evaluateDefault, `${where}.${k}`);
          else if (a.optional) out[k] = a.def === void 0 ? null : convert(evaluateDefault(a.def), a.t, evaluateDefault, `${where}.${k}`);
          else throw new EvalError(`${where} lacks the attribute ${JSON.stringify(k)}`);
        }
        return out;
      }
    }
  } catch (error) {
    if (error instanceof EvalError && !error.message.startsWith(where)) throw new EvalError(`${where}: ${error.message}`);
    throw error;
  }
}

// src/eval/functions.ts
init_import_meta_url();
var import_node_crypto = require("node:crypto");
var import_node_fs3 = require("node:fs");
var import_node_path3 = __toESM(require("node:path"), 1);
var import_picomatch = __toESM(require_picomatch2(), 1);
var MAX_ITEMS = 1e4;
var MAX_FILE_BYTES = 1 << 20;
function arity(name, args, min, max = min) {
  if (args.length < min || args.length > max) {
    const want = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    throw new EvalError(`${name}() takes ${want} argument${want === "1" ? "" : "s"}, got ${args.length}`);
  }
}
var str1 = (name, f) => (a) => {
  arity(name, a, 1);
  return f(toStr(a[0], `argument of ${name}()`));
};
function sortedKeys(o) {
  return Object.keys(o).sort();
}
function distinct(list2) {
  const out = [];
  for (const x of list2) if (!out.some((y) => equal(x, y))) out.push(x);
  return out;
}
function flatten(list2) {
  return list2.flatMap((x) => Array.isArray(x) ? flatten(x) : [x]);
}
function format2(fmt, args) {
  let i = 0;
  return fmt.replace(/%(?:\[(\d+)\])?([-+# 0]*)(\d+)?(?:\.(\d+))?([a-zA-Z%])/g, (all, pos, flags = "", width, prec, verb = "") => {
    if (verb === "%") return "%";
    const index = pos === void 0 ? i++ : Number(pos) - 1;
    if (index >= args.length) throw new EvalError(`format(): not enough arguments for ${all}`);
    const v = args[index];
    let out;
    switch (verb) {
      case "s":
        out = toStr(v);
        break;
      case "q":
        out = JSON.stringify(toStr(v));
        break;
      case "d":
        out = numberToString(Math.trunc(toNum(v)));
        break;
      case "f":
        out = toNum(v).toFixed(prec === void 0 ? 6 : Number(prec));
        break;
      case "g":
        out = String(toNum(v));
        break;
      case "t":
        out = String(toBool(v));
        break;
      case "v":
      case "#v":
        out = typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? toStr(v) : JSON.stringify(v);
        break;
      case "x":
        out = typeof v === "number" ? Math.trunc(v).toString(16) : Buffer.from(toStr(v)).toString("hex");
        break;
      case "X":
        out = (typeof v === "number" ? Math.trunc(v).toString(16) : Buffer.from(toStr(v)).toString("hex")).toUpperCase();
        break;
      default:
        throw new EvalError(`format(): unsupported verb %${verb}`);
    }
    if (flags.includes("+") && (verb === "d" || verb === "f") && !out.startsWith("-")) out = "+" + out;
    if (width !== void 0 && out.length < Number(width)) {
      const pad = flags.includes("0") && !flags.includes("-") ? "0" : " ";
      out = flags.includes("-") ? out.padEnd(Number(width)) : out.padStart(Number(width), pad);
    }
    return out;
  });
}
function goRegex(pattern, flags = "") {
  try {
    return new RegExp(pattern.replace(/\(\?P</g, "(?<"), flags + "u");
  } catch (error) {
    throw new EvalError(`invalid regular expression ${JSON.stringify(pattern)}: ${error.message}`);
  }
}
function regexResult(m) {
  if (m.groups !== void 0 && Object.keys(m.groups).length > 0) {
    const o = {};
    for (const [k, v] of Object.entries(m.groups)) o[k] = v ?? null;
    return o;
  }
  if (m.length > 1) return m.slice(1).map((x) => x ?? null);
  return m[0];
}
function yamlScalar(v) {
  if (typeof v === "string") return /^[\w./-]+$/.test(v) && !/^(true|false|null|~|[-\d.]+)$/i.test(v) ? v : JSON.stringify(v);
  return v === null ? "null" : String(v);
}
function yaml(v, indent) {
  if (Array.isArray(v)) {
    if (v.length === 0) return "[]";
    return v.map((x) => `
${indent}- ${Array.isArray(x) || isObject2(x) ? yaml(x, indent + "  ").trimStart() : yamlScalar(x)}`).join("");
  }
  if (isObject2(v)) {
    const keys = sortedKeys(v);
    if (keys.length === 0) return "{}";
    return keys.map((k) => {
      const x = v[k];
      const inner = Array.isArray(x) || isObject2(x) ? yaml(x, indent + "  ") : ` ${yamlScalar(x)}`;
      return `
${indent}${yamlScalar(k)}:${inner.startsWith("\n") ? inner : inner}`;
    }).join("");
  }
  return yamlScalar(v);
}
function within(base, p) {
  const resolved = import_node_path3.default.resolve(base, p);
  let real;
  try {
    real = (0, import_node_fs3.existsSync)(resolved) ? (0, import_node_fs3.realpathSync)(resolved) : resolved;
  } catch {
    return void 0;
  }
  const realBase = (0, import_node_fs3.realpathSync)(base);
  return real === realBase || real.startsWith(realBase + import_node_path3.default.sep) ? real : void 0;
}
function fsFn(name, min, max, f) {
  FS_CALLS.set(name, f);
  return (a, ctx) => {
    arity(name, a, min, max);
    const args = a.map((x, i) => toStr(x, `argument ${i + 1} of ${name}()`));
    if (!ctx.allowFs) return new Unknown(`${name}() is not evaluated: filesystem functions are off (--no-fs-functions)`);
    if (ctx.baseDir === void 0) return new Unknown(`${name}() is not evaluated for standard input without --stdin-filename`);
    const outcome = callFs(f, ctx.baseDir, args);
    ctx.onRead?.({ fn: name, base: ctx.baseDir, args, digest: outcome.digest });
    if ("error" in outcome) throw outcome.error;
    return outcome.value;
  };
}
var FS_CALLS = /* @__PURE__ */ new Map();
function callFs(f, base, args) {
  const hash3 = (0, import_node_crypto.createHash)("sha256");
  try {
    const value = f(base, args);
    hash3.update(value instanceof Unknown ? `unknown\0${value.reason}` : `value\0${JSON.stringify(value)}`);
    return { value, digest: hash3.digest("hex") };
  } catch (error) {
    hash3.update(`error\0${error instanceof Error ? error.message : String(error)}`);
    return { error, digest: hash3.digest("hex") };
  }
}
function isFsReadCurrent(read) {
  const f = FS_CALLS.get(read.fn);
  return f !== void 0 && callFs(f, read.base, [...read.args]).digest === read.digest;
}
function readInside(name, base, p) {
  const real = within(base, p);
  if (real === void 0) return new Unknown(`${name}(${JSON.stringify(p)}) is not evaluated: the path is outside the jobspec's directory`);
  let st;
  try {
    st = (0, import_node_fs3.statSync)(real);
  } catch {
    return new Unknown(`${name}(${JSON.stringify(p)}) is not evaluated: no such file below the jobspec's directory`);
  }
  if (!st.isFile()) throw new EvalError(`${name}(): ${JSON.stringify(p)} is not a regular file`);
  if (st.size > MAX_FILE_BYTES) return new Unknown(`${name}(${JSON.stringify(p)}) is not evaluated: the file is larger than 1 MiB`);
  return (0, import_node_fs3.readFileSync)(real);
}
function walkFiles(dir, prefix, out) {
  for (const e of (0, import_node_fs3.readdirSync)(dir, { withFileTypes: true })) {
    if (out.length > MAX_ITEMS) return;
    const rel = prefix === "" ? e.name : `${prefix}/${e.name}`;
    if (e.isDirectory()) walkFiles(import_node_path3.default.join(dir, e.name), rel, out);
    else if (e.isFile()) out.push(rel);
  }
}
function rangeFn(a) {
  arity("range", a, 1, 3);
  const n = a.map((x) => toNum(x, "argument of range()"));
  const [start, end, step] = n.length === 1 ? [0, n[0], 1] : [n[0], n[1], n[2] ?? (n[1] >= n[0] ? 1 : -1)];
  if (step === 0) throw new EvalError("range(): step must not be zero");
  const count = Math.max(0, Math.ceil((end - start) / step));
  if (count > MAX_ITEMS) return new Unknown(`range() of ${count} items is not evaluated`);
  return Array.from({ length: count }, (_, i) => start + i * step);
}
function hash(algorithm) {
  return str1(algorithm, (s) => (0, import_node_crypto.createHash)(algorithm).update(s).digest("hex"));
}
var FUNCTIONS = {
  // strings
  upper: str1("upper", (s) => s.toUpperCase()),
  lower: str1("lower", (s) => s.toLowerCase()),
  title: str1("title", (s) => s.replace(new RegExp("(^|[^\\p{L}\\p{N}])(\\p{L})", "gu"), (_m, a, b) => a + b.toUpperCase())),
  trimspace: str1("trimspace", (s) => s.trim()),
  chomp: str1("chomp", (s) => s.replace(/(\r?\n)+$/, "")),
  strrev: str1("strrev", (s) => [...s].reverse().join("")),
  strlen: str1("strlen", (s) => [...s].length),
  trim: (a) => {
    arity("trim", a, 2);
    const chars = [...toStr(a[1])];
    let s = toStr(a[0]);
    while (s.length > 0 && chars.includes(s[0])) s = s.slice(1);
    while (s.length > 0 && chars.includes(s[s.length - 1])) s = s.slice(0, -1);
    return s;
  },
  trimprefix: (a) => {
    arity("trimprefix", a, 2);
    const s = toStr(a[0]);
    const p = toStr(a[1]);
    return s.startsWith(p) ? s.slice(p.length) : s;
  },
  trimsuffix: (a) => {
    arity("trimsuffix", a, 2);
    const s = toStr(a[0]);
    const p = toStr(a[1]);
    return p !== "" && s.endsWith(p) ? s.slice(0, -p.length) : s;
  },
  startswith: (a) => (arity("startswith", a, 2), toStr(a[0]).startsWith(toStr(a[1]))),
  endswith: (a) => (arity("endswith", a, 2), toStr(a[0]).endsWith(toStr(a[1]))),
  strcontains: (a) => (arity("strcontains", a, 2), toStr(a[0]).includes(toStr(a[1]))),
  substr: (a) => {
    arity("substr", a, 3);
    const chars = [...toStr(a[0])];
    let offset = toNum(a[1]);
    const length = toNum(a[2]);
    if (offset < 0) offset = chars.length + offset;
    return chars.slice(offset, length < 0 ? void 0 : offset + length).join("");
  },
  indent: (a) => {
    arity("indent", a, 2);
    const pad = " ".repeat(toNum(a[0]));
    return toStr(a[1]).replace(/\n/g, `
${pad}`);
  },
  join: (a) => {
    arity("join", a, 2, Infinity);
    const sep = toStr(a[0]);
    return a.slice(1).flatMap((l) => toList(l, "argument of join()")).map((x) => toStr(x, "element of join()")).join(sep);
  },
  split: (a) => (arity("split", a, 2), toStr(a[1]).split(toStr(a[0]))),
  replace: (a) => {
    arity("replace", a, 3);
    const s = toStr(a[0]);
    const sub = toStr(a[1]);
    const rep = toStr(a[2]);
    if (sub.length > 1 && sub.startsWith("/") && sub.endsWith("/")) return s.replace(goRegex(sub.slice(1, -1), "g"), rep.replace(/\$(\d+)/g, "$$$1"));
    return s.split(sub).join(rep);
  },
  regex_replace: (a) => (arity("regex_replace", a, 3), toStr(a[0]).replace(goRegex(toStr(a[1]), "g"), toStr(a[2]))),
  format: (a) => (arity("format", a, 1, Infinity), format2(toStr(a[0]), a.slice(1))),
  formatlist: (a) => {
    arity("formatlist", a, 1, Infinity);
    const lists = a.slice(1).filter(Array.isArray);
    const n = lists.length === 0 ? 1 : lists[0].length;
    if (lists.some((l) => l.length !== n)) throw new EvalError("formatlist(): all lists must have the same length");
    return Array.from({ length: n }, (_, i) => format2(toStr(a[0]), a.slice(1).map((x) => Array.isArray(x) ? x[i] : x)));
  },
  regex: (a) => {
    arity("regex", a, 2);
    const m = goRegex(toStr(a[0])).exec(toStr(a[1]));
    if (m === null) throw new EvalError("regex(): pattern did not match");
    return regexResult(m);
  },
  regexall: (a) => {
    arity("regexall", a, 2);
    const re = goRegex(toStr(a[0]), "g");
    return [...toStr(a[1]).matchAll(re)].map((m) => regexResult(m));
  },
  // collections
  length: (a) => {
    arity("length", a, 1);
    const v = a[0];
    if (typeof v === "string") return [...v].length;
    if (Array.isArray(v)) return v.length;
    if (isObject2(v)) return Object.keys(v).length;
    throw new EvalError(`length() of a ${typeName2(v)}`);
  },
  concat: (a) => a.flatMap((l) => toList(l, "argument of concat()")),
  contains: (a) => (arity("contains", a, 2), toList(a[0]).some((x) => equal(x, a[1]))),
  distinct: (a) => (arity("distinct", a, 1), distinct(toList(a[0]))),
  flatten: (a) => (arity("flatten", a, 1), flatten(toList(a[0]))),
  element: (a) => {
    arity("element", a, 2);
    const l = toList(a[0]);
    if (l.length === 0) throw new EvalError("element() of an empty list");
    const i = Math.trunc(toNum(a[1]));
    if (i < 0) throw new EvalError("element(): index must not be negative");
    return l[i % l.length];
  },
  index: (a) => {
    arity("index", a, 2);
    const i = toList(a[0]).findIndex((x) => equal(x, a[1]));
    if (i === -1) throw new EvalError("index(): item not found");
    return i;
  },
  keys: (a) => (arity("keys", a, 1), sortedKeys(toObject(a[0]))),
  values: (a) => {
    arity("values", a, 1);
    const o = toObject(a[0]);
    return sortedKeys(o).map((k) => o[k]);
  },
  lookup: (a) => {
    arity("lookup", a, 2, 3);
    const o = toObject(a[0]);
    const k = toStr(a[1]);
    if (k in o) return o[k];
    if (a.length === 3) return a[2];
    throw new EvalError(`lookup(): no key ${JSON.stringify(k)}`);
  },
  merge: (a) => {
    const out = {};
    for (const x of a) if (x !== null) Object.assign(out, toObject(x, "argument of merge()"));
    return out;
  },
  range: rangeFn,
  reverse: (a) => (arity("reverse", a, 1), [...toList(a[0])].reverse()),
  slice: (a) => {
    arity("slice", a, 3);
    const l = toList(a[0]);
    const from = toNum(a[1]);
    const to = toNum(a[2]);
    if (from < 0 || to > l.length || from > to) throw new EvalError("slice(): index out of range");
    return l.slice(from, to);
  },
  sort: (a) => (arity("sort", a, 1), toList(a[0]).map((x) => toStr(x)).sort()),
  zipmap: (a) => {
    arity("zipmap", a, 2);
    const k = toList(a[0]);
    const v = toList(a[1]);
    if (k.length !== v.length) throw new EvalError("zipmap(): lists of different lengths");
    const out = {};
    k.forEach((key, i) => out[toStr(key)] = v[i]);
    return out;
  },
  coalesce: (a) => {
    const found = a.find((x) => x !== null && x !== "");
    if (found === void 0) throw new EvalError("coalesce(): no non-null, non-empty argument");
    return found;
  },
  coalescelist: (a) => {
    const found = a.find((x) => Array.isArray(x) && x.length > 0);
    if (found === void 0) throw new EvalError("coalescelist(): no non-empty list");
    return found;
  },
  compact: (a) => (arity("compact", a, 1), toList(a[0]).filter((x) => x !== null && x !== "")),
  chunklist: (a) => {
    arity("chunklist", a, 2);
    const l = toList(a[0]);
    const size = toNum(a[1]);
    if (size <= 0) return [l];
    const out = [];
    for (let i = 0; i < l.length; i += size) out.push(l.slice(i, i + size));
    return out;
  },
  setunion: (a) => distinct(a.flatMap((l) => toList(l))),
  setintersection: (a) => {
    arity("setintersection", a, 1, Infinity);
    const [first2, ...rest] = a.map((l) => toList(l));
    return distinct(first2.filter((x) => rest.every((l) => l.some((y) => equal(x, y)))));
  },
  setsubtract: (a) => (arity("setsubtract", a, 2), distinct(toList(a[0]).filter((x) => !toList(a[1]).some((y) => equal(x, y))))),
  alltrue: (a) => (arity("alltrue", a, 1), toList(a[0]).every((x) => toBool(x))),
  anytrue: (a) => (arity("anytrue", a, 1), toList(a[0]).some((x) => toBool(x))),
  sum: (a) => (arity("sum", a, 1), toList(a[0]).reduce((n, x) => n + toNum(x), 0)),
  one: (a) => {
    arity("one", a, 1);
    const l = toList(a[0]);
    if (l.length > 1) throw new EvalError("one(): more than one element");
    return l[0] ?? null;
  },
  transpose: (a) => {
    arity("transpose", a, 1);
    const out = {};
    const o = toObject(a[0]);
    for (const k of sortedKeys(o)) for (const v of toList(o[k])) (out[toStr(v)] ??= []).push(k);
    return out;
  },
  // conversion
  tostring: (a) => (arity("tostring", a, 1), a[0] === null ? null : toStr(a[0])),
  tonumber: (a) => (arity("tonumber", a, 1), a[0] === null ? null : toNum(a[0])),
  tobool: (a) => (arity("tobool", a, 1), a[0] === null ? null : toBool(a[0])),
  tolist: (a) => (arity("tolist", a, 1), isObject2(a[0]) ? Object.values(a[0]) : toList(a[0])),
  toset: (a) => (arity("toset", a, 1), distinct(toList(a[0]))),
  tomap: (a) => (arity("tomap", a, 1), toObject(a[0])),
  // numbers
  abs: (a) => (arity("abs", a, 1), Math.abs(toNum(a[0]))),
  ceil: (a) => (arity("ceil", a, 1), Math.ceil(toNum(a[0]))),
  floor: (a) => (arity("floor", a, 1), Math.floor(toNum(a[0]))),
  signum: (a) => (arity("signum", a, 1), Math.sign(toNum(a[0]))),
  log: (a) => (arity("log", a, 2), Math.log(toNum(a[0])) / Math.log(toNum(a[1]))),
  pow: (a) => (arity("pow", a, 2), Math.pow(toNum(a[0]), toNum(a[1]))),
  max: (a) => (arity("max", a, 1, Infinity), Math.max(...a.map((x) => toNum(x)))),
  min: (a) => (arity("min", a, 1, Infinity), Math.min(...a.map((x) => toNum(x)))),
  parseint: (a) => {
    arity("parseint", a, 2);
    const base = toNum(a[1]);
    const s = toStr(a[0]);
    const n = parseInt(s, base);
    if (Number.isNaN(n) || !new RegExp(`^[-+]?[0-9a-z]+$`, "i").test(s)) throw new EvalError(`parseint(): cannot parse ${describe2(s)} in base ${base}`);
    return n;
  },
  // encoding
  base64encode: str1("base64encode", (s) => Buffer.from(s, "utf8").toString("base64")),
  base64decode: str1("base64decode", (s) => Buffer.from(s, "base64").toString("utf8")),
  urlencode: str1("urlencode", (s) => encodeURIComponent(s).replace(/%20/g, "+")),
  jsonencode: (a) => (arity("jsonencode", a, 1), JSON.stringify(a[0])),
  jsondecode: str1("jsondecode", (s) => {
    try {
      return JSON.parse(s);
    } catch {
      throw new EvalError("jsondecode(): invalid JSON");
    }
  }),
  yamlencode: (a) => (arity("yamlencode", a, 1), yaml(a[0], "").replace(/^\n/, "") + "\n"),
  md5: hash("md5"),
  sha1: hash("sha1"),
  sha256: hash("sha256"),
  sha512: hash("sha512"),
  // filesystem (guarded like Nomad's guardFS, and confined to the jobspec's directory)
  file: fsFn("file", 1, 1, (base, [p]) => {
    const b = readInside("file", base, p);
    return b instanceof Unknown ? b : b.toString("utf8");
  }),
  filebase64: fsFn("filebase64", 1, 1, (base, [p]) => {
    const b = readInside("filebase64", base, p);
    return b instanceof Unknown ? b : b.toString("base64");
  }),
  fileexists: fsFn("fileexists", 1, 1, (base, [p]) => {
    const real = within(base, p);
    if (real === void 0) return new Unknown(`fileexists(${JSON.stringify(p)}) is not evaluated: the path is outside the jobspec's directory`);
    return (0, import_node_fs3.existsSync)(real) && (0, import_node_fs3.statSync)(real).isFile();
  }),
  fileset: fsFn("fileset", 2, 2, (base, [p, pattern]) => {
    const real = within(base, p);
    if (real === void 0 || !(0, import_node_fs3.existsSync)(real)) return new Unknown(`fileset(${JSON.stringify(p)}) is not evaluated: the path is outside the jobspec's directory`);
    const all = [];
    walkFiles(real, "", all);
    if (all.length > MAX_ITEMS) return new Unknown("fileset() matched too many files to evaluate");
    const match = (0, import_picomatch.default)(pattern, { dot: false });
    return all.filter((f) => match(f)).sort();
  }),
  basename: str1("basename", (s) => import_node_path3.default.posix.basename(s)),
  dirname: str1("dirname", (s) => import_node_path3.default.posix.dirname(s))
};
var NOT_EVALUATED = /* @__PURE__ */ new Set([
  "abspath",
  "pathexpand",
  "bcrypt",
  "uuidv4",
  "uuidv5",
  "rsadecrypt",
  "base64gzip",
  "formatdate",
  "timeadd",
  "cidrhost",
  "cidrnetmask",
  "cidrsubnet",
  "cidrsubnets",
  "csvdecode",
  "yamldecode",
  "setproduct",
  "textencodebase64",
  "textdecodebase64"
]);

// src/eval/evaluate.ts
var Scope = class _Scope {
  constructor(roots, fn, names = /* @__PURE__ */ new Map(), parent) {
    this.roots = roots;
    this.fn = fn;
    this.names = names;
    this.parent = parent;
  }
  roots;
  fn;
  names;
  parent;
  with(names) {
    return new _Scope(this.roots, this.fn, names, this);
  }
  /** The value of a name in scope; undefined when no scope defines it (values are never undefined). */
  lookup(name) {
    for (let s = this; s !== void 0; s = s.parent) {
      if (s.names.has(name)) return s.names.get(name);
    }
    return void 0;
  }
};
function runtime(name, scope) {
  if (scope.roots.noReferences === true) throw new EvalError(`references such as ${name} are not allowed in a variable value`);
  return new Unknown(`${name} is only known when the job runs`, false, `\${${name}}`);
}
function longer(u, step) {
  return u.kept === void 0 || !u.kept.endsWith("}") ? u : new Unknown(u.reason.replace(/^\S+/, `${u.kept.slice(2, -1)}${step}`), false, `${u.kept.slice(0, -1)}${step}}`);
}
function first(v) {
  for (const x of v) if (x instanceof Unknown) return x;
  return void 0;
}
function evaluate(e, scope) {
  switch (e.t) {
    case "lit":
      return e.v;
    case "template":
      return template(e.parts, scope);
    case "var":
      return variable(e.name, scope);
    case "attr":
    case "index":
      return traverse(e, scope);
    case "splat": {
      const src = evaluate(e.obj, scope);
      if (src instanceof Unknown) return src;
      const list2 = src === null ? [] : Array.isArray(src) ? src : [src];
      return list2.map((item) => {
        let v = item;
        for (const step of e.each) {
          if (v instanceof Unknown) return v;
          v = step.t === "attr" ? getAttr(v, step.name) : getIndex(v, evaluate(step.key, scope));
        }
        return v;
      });
    }
    case "call":
      return call(e, scope);
    case "tuple":
      return e.items.map((x) => evaluate(x, scope));
    case "object": {
      const out = {};
      for (const { key, value } of e.items) {
        const k = evaluate(key, scope);
        if (k instanceof Unknown) return k;
        out[toStr(k, "object key")] = evaluate(value, scope);
      }
      return out;
    }
    case "for":
      return forExpr(e, scope);
    case "cond": {
      const c = evaluate(e.c, scope);
      if (c instanceof Unknown) return c;
      return toBool(c, "condition") ? evaluate(e.a, scope) : evaluate(e.b, scope);
    }
    case "unary": {
      const v = evaluate(e.e, scope);
      if (v instanceof Unknown) return v;
      return e.op === "-" ? -toNum(v) : !toBool(v);
    }
    case "binary": {
      const l = evaluate(e.l, scope);
      const r = evaluate(e.r, scope);
      if (e.op === "==" || e.op === "!=") {
        const u = findUnknown(l) ?? findUnknown(r);
        if (u) return u;
        return e.op === "==" ? equal(l, r) : !equal(l, r);
      }
      if (l instanceof Unknown) return l;
      if (r instanceof Unknown) return r;
      switch (e.op) {
        case "&&":
          return toBool(l) && toBool(r);
        case "||":
          return toBool(l) || toBool(r);
        case "<":
          return toNum(l) < toNum(r);
        case "<=":
          return toNum(l) <= toNum(r);
        case ">":
          return toNum(l) > toNum(r);
        case ">=":
          return toNum(l) >= toNum(r);
        case "+":
          return toNum(l) + toNum(r);
        case "-":
          return toNum(l) - toNum(r);
        case "*":
          return toNum(l) * toNum(r);
        case "/": {
          const d = toNum(r);
          if (d === 0) throw new EvalError("division by zero");
          return toNum(l) / d;
        }
        case "%": {
          const d = toNum(r);
          if (d === 0) throw new EvalError("modulo by zero");
          return toNum(l) % d;
        }
      }
    }
  }
}
function variable(name, scope) {
  const local = scope.lookup(name);
  if (local !== void 0) return local;
  if (name === "var") return scope.roots.allVariables();
  if (name === "local") return scope.roots.allLocals();
  return runtime(name, scope);
}
function traverse(e, scope) {
  const base = e.obj;
  if (base.t === "var" && scope.lookup(base.name) === void 0) {
    if (base.name === "var" || base.name === "local") {
      const key2 = e.t === "attr" ? e.name : evaluate(e.key, scope);
      if (key2 instanceof Unknown) return key2;
      const name = toStr(key2, "variable name");
      return base.name === "var" ? scope.roots.variable(name) : scope.roots.local(name);
    }
    if (e.t === "attr") return runtime(`${base.name}.${e.name}`, scope);
    const key = evaluate(e.key, scope);
    return runtime(`${base.name}[${typeof key === "string" || typeof key === "number" ? JSON.stringify(key) : "..."}]`, scope);
  }
  const obj = evaluate(base, scope);
  if (obj instanceof Unknown) {
    if (e.t === "attr") return longer(obj, `.${e.name}`);
    const key = evaluate(e.key, scope);
    return typeof key === "string" ? longer(obj, `[${JSON.stringify(key)}]`) : typeof key === "number" ? longer(obj, `[${key}]`) : obj;
  }
  return e.t === "attr" ? getAttr(obj, e.name) : getIndex(obj, evaluate(e.key, scope));
}
function getAttr(obj, name) {
  if (obj instanceof Unknown) return obj;
  if (isObject2(obj)) {
    if (!(name in obj)) throw new EvalError(`unsupported attribute ${JSON.stringify(name)}`);
    return obj[name];
  }
  throw new EvalError(`cannot access attribute ${JSON.stringify(name)} of a ${typeName2(obj)}`);
}
function getIndex(obj, key) {
  if (obj instanceof Unknown) return obj;
  if (key instanceof Unknown) return key;
  if (Array.isArray(obj)) {
    const i = toNum(key, "index");
    if (!Number.isInteger(i) || i < 0 || i >= obj.length) throw new EvalError(`index ${i} is out of range for a list of ${obj.length}`);
    return obj[i];
  }
  if (isObject2(obj)) {
    const k = toStr(key, "key");
    if (!(k in obj)) throw new EvalError(`no key ${JSON.stringify(k)}`);
    return obj[k];
  }
  throw new EvalError(`cannot index a ${typeName2(obj)}`);
}
function template(parts, scope) {
  let out = "";
  let unknown;
  let kept = "";
  const add = (v) => {
    if (v instanceof Unknown) {
      unknown ??= v;
      kept = kept === void 0 || v.kept === void 0 ? void 0 : kept + v.kept;
      return;
    }
    const text = toStr(v, "interpolated value");
    if (unknown === void 0) out += text;
    if (kept !== void 0) kept += text;
  };
  for (const part of parts) {
    switch (part.t) {
      case "str":
        out += part.s;
        if (kept !== void 0) kept += part.s;
        break;
      case "interp":
        add(evaluate(part.e, scope));
        break;
      case "if": {
        const c = evaluate(part.cond, scope);
        if (c instanceof Unknown) {
          unknown ??= c;
          kept = void 0;
          break;
        }
        add(template(toBool(c, "condition") ? part.then : part.else, scope));
        break;
      }
      case "for": {
        const coll = evaluate(part.coll, scope);
        if (coll instanceof Unknown) {
          unknown ??= coll;
          kept = void 0;
          break;
        }
        for (const [k, item] of entries(coll)) {
          const names = /* @__PURE__ */ new Map([[part.valVar, item]]);
          if (part.keyVar !== void 0) names.set(part.keyVar, k);
          add(template(part.body, scope.with(names)));
        }
        break;
      }
    }
  }
  if (unknown === void 0) return out;
  return kept === void 0 ? unknown : new Unknown(unknown.reason, unknown.reported, kept);
}
function entries(coll) {
  if (Array.isArray(coll)) return coll.map((v, i) => [i, v]);
  if (isObject2(coll)) return Object.keys(coll).sort().map((k) => [k, coll[k]]);
  throw new EvalError(`cannot iterate over a ${typeName2(coll)}`);
}
function forExpr(e, scope) {
  const coll = evaluate(e.coll, scope);
  if (coll instanceof Unknown) return coll;
  const items = entries(coll);
  if (items.length > MAX_ITEMS) return new Unknown(`a for expression over ${items.length} items is not evaluated`);
  const list2 = [];
  const obj = {};
  for (const [k, v] of items) {
    const names = /* @__PURE__ */ new Map([[e.valVar, v]]);
    if (e.keyVar !== void 0) names.set(e.keyVar, k);
    const inner = scope.with(names);
    if (e.cond !== void 0) {
      const c = evaluate(e.cond, inner);
      if (c instanceof Unknown) return c;
      if (!toBool(c, "for condition")) continue;
    }
    const value = evaluate(e.valExpr, inner);
    if (e.keyExpr === void 0) {
      list2.push(value);
      continue;
    }
    const key = evaluate(e.keyExpr, inner);
    if (key instanceof Unknown) return key;
    const name = toStr(key, "for key");
    if (e.grouped) (obj[name] ??= []).push(value);
    else if (name in obj) throw new EvalError(`duplicate key ${JSON.stringify(name)} in a for expression (add ... to group)`);
    else obj[name] = value;
  }
  return e.keyExpr === void 0 ? list2 : obj;
}
function call(e, scope) {
  if (e.name === "try") {
    for (const arg of e.args) {
      try {
        return evaluate(arg, scope);
      } catch (error) {
        if (!(error instanceof EvalError)) throw error;
      }
    }
    throw new EvalError("try(): no argument could be evaluated");
  }
  if (e.name === "convert") {
    if (e.args.length !== 2) throw new EvalError("convert() takes a value and a type");
    const v = evaluate(e.args[0], scope);
    return convert(v, typeFromExpr(e.args[1]), (x) => evaluate(x, scope), "argument of convert()");
  }
  if (e.name === "can") {
    if (e.args.length !== 1) throw new EvalError("can() takes 1 argument");
    try {
      const v = evaluate(e.args[0], scope);
      return v instanceof Unknown ? v : true;
    } catch (error) {
      if (!(error instanceof EvalError)) throw error;
      return false;
    }
  }
  let args = e.args.map((a) => evaluate(a, scope));
  if (e.expand) {
    const last = args[args.length - 1];
    if (last instanceof Unknown) return last;
    if (!Array.isArray(last)) throw new EvalError(`the last argument of ${e.name}(...) must be a list to expand`);
    args = [...args.slice(0, -1), ...last];
  }
  const fn = FUNCTIONS[e.name];
  if (fn === void 0) {
    if (NOT_EVALUATED.has(e.name)) return new Unknown(`${e.name}() is not evaluated by the linter`);
    throw new EvalError(`call to unknown function ${JSON.stringify(e.name)}`);
  }
  const u = first(args) ?? args.map(findUnknown).find((x) => x !== void 0);
  if (u !== void 0) return u;
  return fn(args, scope.fn);
}

// src/eval/parser.ts
init_import_meta_url();

// src/eval/ast.ts
init_import_meta_url();
var ExprSyntaxError = class extends Error {
  constructor(message2, offset) {
    super(message2);
    this.offset = offset;
  }
  offset;
};

// src/eval/parser.ts
var IDENT2 = /[\p{ID_Start}_][\p{ID_Continue}-]*/uy;
var NUMBER = /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var HEREDOC2 = /<<(-?)([\p{ID_Start}_][\p{ID_Continue}-]*)\r?\n/uy;
function parseTemplateText(text) {
  const p = new Parser(text);
  const { parts } = p.templateParts(false, []);
  if (p.i < text.length) p.fail("unexpected text after the template");
  return parts;
}
function parseExpression(text) {
  const p = new Parser(text);
  p.ws();
  const e = p.expr();
  p.ws();
  if (p.i < text.length) p.fail(`unexpected ${JSON.stringify(text[p.i])}`);
  return e;
}
function soleInterpolation(parts) {
  return parts.length === 1 && parts[0].t === "interp" ? parts[0].e : void 0;
}
var Parser = class {
  s;
  i = 0;
  #stripNext = false;
  #depth = 0;
  constructor(s) {
    this.s = s;
  }
  fail(message2) {
    throw new ExprSyntaxError(message2, this.i);
  }
  #enter() {
    if (++this.#depth > 200) this.fail("expression nested too deeply");
  }
  #leave() {
    this.#depth--;
  }
  at(token) {
    return this.s.startsWith(token, this.i);
  }
  eat(token) {
    if (!this.at(token)) return false;
    this.i += token.length;
    return true;
  }
  expect(token) {
    this.ws();
    if (!this.eat(token)) this.fail(`expected ${JSON.stringify(token)}`);
  }
  /** Skips whitespace, newlines and comments. */
  ws() {
    const s = this.s;
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === " " || c === "	" || c === "\r" || c === "\n") this.i++;
      else if (c === "#" || c === "/" && s[this.i + 1] === "/") {
        const nl = s.indexOf("\n", this.i);
        this.i = nl === -1 ? s.length : nl;
      } else if (c === "/" && s[this.i + 1] === "*") {
        const end = s.indexOf("*/", this.i + 2);
        this.i = end === -1 ? s.length : end + 2;
      } else break;
    }
  }
  ident() {
    IDENT2.lastIndex = this.i;
    const m = IDENT2.exec(this.s);
    if (m === null) return void 0;
    this.i += m[0].length;
    return m[0];
  }
  keyword(word) {
    IDENT2.lastIndex = this.i;
    const m = IDENT2.exec(this.s);
    if (m === null || m[0] !== word) return false;
    this.i += word.length;
    return true;
  }
  // ---- templates ----
  /**
   * Template parts until the end of the text, a closing quote (`quoted`), or one of the
   * directive keywords in `stops`, which is returned (its `%{...}` consumed).
   */
  templateParts(quoted, stops) {
    const parts = [];
    let buf = "";
    const flush = () => {
      if (buf !== "") parts.push({ t: "str", s: buf });
      buf = "";
    };
    const s = this.s;
    while (this.i < s.length) {
      const c = s[this.i];
      if (quoted && c === '"') break;
      if (quoted && c === "\\") {
        buf += this.escape();
        continue;
      }
      if ((c === "$" || c === "%") && s[this.i + 1] === c && s[this.i + 2] === "{") {
        buf += `${c}{`;
        this.i += 3;
        continue;
      }
      if ((c === "$" || c === "%") && s[this.i + 1] === "{") {
        this.i += 2;
        if (this.eat("~")) buf = buf.replace(/\s+$/, "");
        flush();
        if (c === "$") {
          this.ws();
          const e = this.expr();
          this.closeTemplateSeq();
          parts.push({ t: "interp", e });
        } else {
          this.ws();
          const word = this.ident() ?? this.fail("expected a template directive");
          if (stops.includes(word)) {
            this.closeTemplateSeq();
            return { parts, stop: word };
          }
          parts.push(this.directive(word, quoted));
        }
        continue;
      }
      this.i++;
      if (this.#stripNext && /\s/.test(c)) continue;
      this.#stripNext = false;
      buf += c;
    }
    flush();
    return { parts, stop: void 0 };
  }
  closeTemplateSeq() {
    this.ws();
    const strip = this.eat("~");
    if (!this.eat("}")) this.fail('expected "}" to close the template sequence');
    this.#stripNext = strip;
  }
  directive(word, quoted) {
    if (word === "if") {
      this.ws();
      const cond = this.expr();
      this.closeTemplateSeq();
      const first2 = this.templateParts(quoted, ["else", "endif"]);
      let otherwise = [];
      if (first2.stop === "else") {
        const second = this.templateParts(quoted, ["endif"]);
        if (second.stop !== "endif") this.fail("expected %{endif}");
        otherwise = second.parts;
      } else if (first2.stop !== "endif") this.fail("expected %{endif}");
      return { t: "if", cond, then: first2.parts, else: otherwise };
    }
    if (word === "for") {
      const { keyVar, valVar, coll } = this.forHeader("expected a variable name");
      this.closeTemplateSeq();
      const body = this.templateParts(quoted, ["endfor"]);
      if (body.stop !== "endfor") this.fail("expected %{endfor}");
      return { t: "for", keyVar, valVar, coll, body: body.parts };
    }
    return this.fail(`unknown template directive ${JSON.stringify(word)}`);
  }
  escape() {
    const s = this.s;
    const n = s[this.i + 1];
    this.i += 2;
    switch (n) {
      case "n":
        return "\n";
      case "r":
        return "\r";
      case "t":
        return "	";
      case '"':
        return '"';
      case "\\":
        return "\\";
      case "u": {
        const hex = s.slice(this.i, this.i + 4);
        this.i += 4;
        return String.fromCharCode(parseInt(hex, 16));
      }
      case "U": {
        const hex = s.slice(this.i, this.i + 8);
        this.i += 8;
        return String.fromCodePoint(Math.min(parseInt(hex, 16), 1114111));
      }
      default:
        return this.fail(`invalid escape \\${n ?? ""}`);
    }
  }
  // ---- expressions ----
  expr() {
    this.#enter();
    try {
      const c = this.or();
      this.ws();
      if (this.eat("?")) {
        this.ws();
        const a = this.expr();
        this.expect(":");
        this.ws();
        const b = this.expr();
        return { t: "cond", c, a, b };
      }
      return c;
    } finally {
      this.#leave();
    }
  }
  /** Left-associative binary operators; `ops` longest first where they share a prefix. */
  binary(next, ops) {
    let l = next();
    for (; ; ) {
      const save = this.i;
      this.ws();
      const op = ops.find((o) => this.at(o));
      if (op === void 0) {
        this.i = save;
        return l;
      }
      this.i += op.length;
      this.ws();
      l = { t: "binary", op, l, r: next() };
    }
  }
  or = () => this.binary(this.and, ["||"]);
  and = () => this.binary(this.eq, ["&&"]);
  eq = () => this.binary(this.cmp, ["==", "!="]);
  cmp = () => this.binary(this.add, ["<=", ">=", "<", ">"]);
  add = () => this.binary(this.mul, ["+", "-"]);
  mul = () => this.binary(this.unary, ["*", "/", "%"]);
  unary = () => {
    this.ws();
    if (this.at("-") || this.at("!") && !this.at("!=")) {
      const op = this.s[this.i];
      this.i++;
      this.#enter();
      try {
        return { t: "unary", op, e: this.unary() };
      } finally {
        this.#leave();
      }
    }
    return this.postfix(this.primary());
  };
  postfix(base) {
    let e = base;
    for (; ; ) {
      const save = this.i;
      this.ws();
      if (this.at(".*")) {
        this.i += 2;
        e = { t: "splat", obj: e, each: this.steps(true) };
      } else if (this.at("[*]")) {
        this.i += 3;
        e = { t: "splat", obj: e, each: this.steps(false) };
      } else if (this.at(".") && !this.at("..")) {
        this.i++;
        this.ws();
        const num = /\d+/y;
        num.lastIndex = this.i;
        const m = num.exec(this.s);
        if (m !== null) {
          this.i += m[0].length;
          e = { t: "index", obj: e, key: { t: "lit", v: Number(m[0]) } };
        } else {
          const name = this.ident() ?? this.fail("expected an attribute name after '.'");
          e = { t: "attr", obj: e, name };
        }
      } else if (this.at("[")) {
        this.i++;
        this.ws();
        const key = this.expr();
        this.expect("]");
        e = { t: "index", obj: e, key };
      } else {
        this.i = save;
        return e;
      }
    }
  }
  /** Traversal steps after a splat; attribute splats take attribute steps only. */
  steps(attrOnly) {
    const out = [];
    for (; ; ) {
      const save = this.i;
      this.ws();
      if (this.at(".") && !this.at(".*")) {
        this.i++;
        const name = this.ident();
        if (name === void 0) {
          this.i = save;
          return out;
        }
        out.push({ t: "attr", name });
      } else if (!attrOnly && this.at("[") && !this.at("[*]")) {
        this.i++;
        this.ws();
        const key = this.expr();
        this.expect("]");
        out.push({ t: "index", key });
      } else {
        this.i = save;
        return out;
      }
    }
  }
  primary() {
    this.ws();
    const s = this.s;
    const c = s[this.i];
    if (c === void 0) return this.fail("expected an expression");
    if (/\d/.test(c)) {
      NUMBER.lastIndex = this.i;
      const m = NUMBER.exec(s);
      this.i += m[0].length;
      return { t: "lit", v: Number(m[0]) };
    }
    if (c === '"') {
      this.i++;
      const { parts } = this.templateParts(true, []);
      if (!this.eat('"')) this.fail("unterminated string");
      return templateOrLiteral(parts);
    }
    if (c === "<" && s[this.i + 1] === "<") return this.heredoc();
    if (c === "(") {
      this.i++;
      this.ws();
      const e = this.expr();
      this.expect(")");
      return e;
    }
    if (c === "[") return this.tuple();
    if (c === "{") return this.object();
    const name = this.ident();
    if (name === void 0) return this.fail(`unexpected ${JSON.stringify(c)}`);
    if (name === "true") return { t: "lit", v: true };
    if (name === "false") return { t: "lit", v: false };
    if (name === "null") return { t: "lit", v: null };
    let fn = name;
    while (this.at("::")) {
      this.i += 2;
      fn += "::" + (this.ident() ?? this.fail("expected a function name"));
    }
    const save = this.i;
    this.ws();
    if (this.at("(")) {
      this.i++;
      return this.call(fn);
    }
    this.i = save;
    return { t: "var", name };
  }
  call(name) {
    const args = [];
    let expand = false;
    this.ws();
    while (!this.at(")")) {
      args.push(this.expr());
      this.ws();
      if (this.eat("...")) {
        expand = true;
        this.ws();
      }
      if (!this.eat(",")) break;
      this.ws();
    }
    this.expect(")");
    return { t: "call", name, args, expand };
  }
  tuple() {
    this.i++;
    this.ws();
    if (this.keyword("for")) return this.forExpr(false);
    const items = [];
    while (!this.at("]")) {
      items.push(this.expr());
      this.ws();
      if (!this.eat(",")) break;
      this.ws();
    }
    this.expect("]");
    return { t: "tuple", items };
  }
  object() {
    this.i++;
    this.ws();
    if (this.keyword("for")) return this.forExpr(true);
    const items = [];
    while (!this.at("}")) {
      const start = this.i;
      let key;
      const name = this.ident();
      this.ws();
      if (name !== void 0 && (this.at("=") || this.at(":")) && !this.at("==")) key = { t: "lit", v: name };
      else {
        this.i = start;
        key = this.expr();
        this.ws();
      }
      if (!this.eat("=") && !this.eat(":")) this.fail('expected "=" or ":" after an object key');
      this.ws();
      const value = this.expr();
      items.push({ key, value });
      this.ws();
      if (this.eat(",")) this.ws();
    }
    this.expect("}");
    return { t: "object", items };
  }
  /** `[key,] value in collection`, after the `for` keyword of an expression or a template directive. */
  forHeader(missingName) {
    this.ws();
    const a = this.ident() ?? this.fail(missingName);
    this.ws();
    let keyVar;
    let valVar = a;
    if (this.eat(",")) {
      this.ws();
      keyVar = a;
      valVar = this.ident() ?? this.fail("expected a variable name");
      this.ws();
    }
    if (!this.keyword("in")) this.fail('expected "in"');
    this.ws();
    return { keyVar, valVar, coll: this.expr() };
  }
  forExpr(object) {
    const { keyVar, valVar, coll } = this.forHeader("expected a variable name after for");
    this.expect(":");
    this.ws();
    let keyExpr;
    let valExpr = this.expr();
    let grouped = false;
    if (object) {
      this.expect("=>");
      this.ws();
      keyExpr = valExpr;
      valExpr = this.expr();
      this.ws();
      if (this.eat("...")) grouped = true;
    }
    this.ws();
    let cond;
    if (this.keyword("if")) {
      this.ws();
      cond = this.expr();
    }
    this.expect(object ? "}" : "]");
    return { t: "for", keyVar, valVar, coll, keyExpr, valExpr, cond, grouped };
  }
  heredoc() {
    HEREDOC2.lastIndex = this.i;
    const m = HEREDOC2.exec(this.s) ?? this.fail("invalid heredoc");
    this.i += m[0].length;
    const marker = m[2];
    const strip = m[1] === "-";
    const lines2 = [];
    for (; ; ) {
      if (this.i >= this.s.length) this.fail(`heredoc without closing ${marker}`);
      const nl = this.s.indexOf("\n", this.i);
      const line = this.s.slice(this.i, nl === -1 ? this.s.length : nl).replace(/\r$/, "");
      this.i = nl === -1 ? this.s.length : nl + 1;
      if (line.trim() === marker) break;
      lines2.push(line);
    }
    let body = lines2;
    if (strip) {
      const indents = lines2.filter((l) => l.trim() !== "").map((l) => /^[ \t]*/.exec(l)[0].length);
      const cut = indents.length === 0 ? 0 : Math.min(...indents);
      body = lines2.map((l) => l.slice(cut));
    }
    const text = body.map((l) => l + "\n").join("");
    return templateOrLiteral(parseTemplateText(text));
  }
};
function templateOrLiteral(parts) {
  if (parts.length === 0) return { t: "lit", v: "" };
  if (parts.length === 1 && parts[0].t === "str") return { t: "lit", v: parts[0].s };
  return { t: "template", parts };
}

// src/config/var-files.ts
var NO_ROOTS = {
  variable: () => new Unknown("var files cannot refer to variables"),
  local: () => new Unknown("var files cannot refer to locals"),
  allVariables: () => ({}),
  allLocals: () => ({}),
  noReferences: true
};
var MAX_VAR_FILE_BYTES = 4 * 1024 * 1024;
async function loadVarFile(file, shown) {
  let raw;
  try {
    raw = readSmallFile(file, MAX_VAR_FILE_BYTES);
  } catch (error) {
    throw new UsageError(`${shown}: cannot read var file: ${describeFsError(error)}`);
  }
  const entries2 = /* @__PURE__ */ new Map();
  const findings = [];
  const finding = (ruleId, range, message2) => findings.push({ ruleId, file, range, message: message2 });
  const loaded = () => ({ file: { path: file, entries: entries2 }, findings });
  if (file.endsWith(".json")) {
    const parsed2 = parseJsonSource(raw);
    if (!parsed2.ok) {
      for (const e of parsed2.errors) finding("syntax", e, e.message);
      return loaded();
    }
    const value = parsed2.doc.value;
    if (jsonDepth(value, MAX_VAR_DEPTH) > MAX_VAR_DEPTH) {
      finding("input-limit", { line: 1, column: 1, endLine: 1, endColumn: 2 }, `values are nested more than ${MAX_VAR_DEPTH} levels deep: the var file is not read`);
      return loaded();
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      finding("variable-value", { line: 1, column: 1, endLine: 1, endColumn: 2 }, "expected a JSON object of variable values");
      return loaded();
    }
    for (const [name, v] of Object.entries(value)) entries2.set(name, { value: fromJson(v), range: parsed2.doc.rangeOf([name], true) });
    return loaded();
  }
  const source = new SourceText(raw);
  if (firstTooDeep(source.text, MAX_VAR_DEPTH) !== -1) {
    finding("input-limit", { line: 1, column: 1, endLine: 1, endColumn: 2 }, `values are nested more than ${MAX_VAR_DEPTH} levels deep: the var file is not read`);
    return loaded();
  }
  const parsed = await parseHcl(source);
  if (!parsed.ok) {
    for (const e of parsed.errors) finding("syntax", e, `${e.summary}${e.detail ? `: ${e.detail}` : ""}`);
    return loaded();
  }
  const tree = buildTree(parsed.json);
  const positions = new HclPositionMap(source);
  for (const block of tree.blocks) {
    finding("variable-value", positions.rangeOf(block.path), `expected name = value lines, found a ${JSON.stringify(block.type)} block${block.type === "variable" ? " (variables are declared in the jobspec, given values here)" : ""}`);
  }
  const scope = new Scope(NO_ROOTS, { baseDir: void 0, allowFs: false });
  for (const attr of tree.attributes.values()) {
    const range = positions.rangeOf(attr.path);
    try {
      entries2.set(attr.name, { value: valueOf(attr.value, scope), range });
    } catch (error) {
      if (!(error instanceof EvalError)) throw error;
      finding("variable-value", range, `${attr.name}: ${error.message}`);
    }
  }
  return loaded();
}
var MAX_VAR_DEPTH = 100;
function valueOf(raw, scope) {
  if (typeof raw === "string") {
    const parts = parseTemplateText(raw);
    if (parts.every((p) => p.t === "str")) return parts.map((p) => p.t === "str" ? p.s : "").join("");
    return evaluate(soleInterpolation(parts) ?? { t: "template", parts }, scope);
  }
  if (Array.isArray(raw)) return raw.map((x) => valueOf(x, scope));
  if (raw !== null && typeof raw === "object") {
    return Object.fromEntries(Object.entries(raw).map(([k, x]) => [k, valueOf(x, scope)]));
  }
  return fromJson(raw);
}
function parseVarFlags(flags) {
  return flags.map((flag) => {
    const eq = flag.indexOf("=");
    if (eq <= 0) throw new UsageError(`--var needs <name>=<value>, got ${JSON.stringify(flag)}`);
    return { name: flag.slice(0, eq), value: flag.slice(eq + 1) };
  });
}
function envVariables(env) {
  const out = {};
  for (const [k, v] of Object.entries(env)) if (k.startsWith("NOMAD_VAR_") && v !== void 0) out[k.slice("NOMAD_VAR_".length)] = v;
  return out;
}
async function loadVariables(cwd, options) {
  const files = [];
  const findings = [];
  const unreadable = [];
  for (const f of options.varFiles) {
    try {
      const loaded = await loadVarFile(import_node_path4.default.resolve(cwd, f), f);
      files.push(loaded.file);
      findings.push(...loaded.findings);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      unreadable.push(error.message);
    }
  }
  return { inputs: { env: new Map(Object.entries(options.env)), files, cli: parseVarFlags(options.vars) }, findings, unreadable };
}

// src/engine/options.ts
init_import_meta_url();
var DEFAULT_LIMITS = { maxFileSize: 4 * 1024 * 1024, maxNesting: 100 };
var MAX_NESTING_CEILING = 500;
var DEFAULT_OPTIONS = {
  driverFiles: [],
  rules: {},
  nomadVersion: void 0,
  configFile: void 0,
  configLookup: true,
  inlineConfig: true,
  requireDisableReason: false,
  variables: { env: {}, varFiles: [], vars: [] },
  allowFs: true,
  hcl2Strict: false,
  limits: DEFAULT_LIMITS,
  fixes: true
};
function lintOptions(given = {}) {
  const out = { ...DEFAULT_OPTIONS };
  for (const [k, v] of Object.entries(given)) if (v !== void 0) out[k] = v;
  return out;
}

// src/formatters/index.ts
init_import_meta_url();

// src/formatters/compact.ts
init_import_meta_url();

// src/util/paths.ts
init_import_meta_url();
var import_node_path5 = __toESM(require("node:path"), 1);
function relativeTo(root2, file) {
  if (file.startsWith("<")) return void 0;
  const rel = import_node_path5.default.relative(root2, file);
  if (rel === "" || rel.startsWith("..") || import_node_path5.default.isAbsolute(rel)) return void 0;
  return rel.split(import_node_path5.default.sep).join("/");
}
function isResolvedPath(p) {
  return import_node_path5.default.sep === "/" && p.startsWith("/") && !/\/\/|\/\.\.?(?:\/|$)|.\/$/.test(p);
}
function childPath(dir, name) {
  if (!isResolvedPath(dir)) return import_node_path5.default.join(dir, name);
  return dir.endsWith("/") ? dir + name : `${dir}/${name}`;
}
function displayPath(file, cwd) {
  if (file.startsWith("<")) return file;
  const rel = import_node_path5.default.relative(cwd, file);
  return rel === "" || rel.startsWith("..") || import_node_path5.default.isAbsolute(rel) ? file : rel;
}

// src/formatters/types.ts
init_import_meta_url();
function defineFormatter(format3, extras = {}) {
  return Object.assign(format3, { needs: extras.needs ?? {}, ...extras.chunks !== void 0 ? { chunks: extras.chunks } : {} });
}

// src/formatters/compact.ts
var compact = defineFormatter((results, options) => {
  let out = "";
  for (const r of results) {
    const file = displayPath(r.filePath, options.cwd);
    for (const m of r.messages) {
      out += `${file}:${m.line}:${m.column}: ${m.severity}: ${m.message.replace(/\r?\n/g, " ")} [${m.ruleId}]
`;
    }
  }
  return out;
});

// src/formatters/github.ts
init_import_meta_url();

// src/results/diagnostic.ts
init_import_meta_url();
var SEVERITY_RANK = { error: 0, warning: 1, info: 2 };

// src/formatters/github.ts
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function annotation(file, m) {
  const props = [
    ["file", file],
    ["line", m.line],
    ["endLine", m.endLine]
  ];
  if (m.endLine === m.line) props.push(["col", m.column], ["endColumn", m.endColumn]);
  props.push(["title", `${m.ruleId} (nomad-remote-lint)`]);
  const list2 = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${COMMAND[m.severity]} ${list2}::${escapeData(m.message)}`;
}
var github = defineFormatter((results, options) => {
  const root2 = options.workspace ?? options.cwd;
  const lines2 = [];
  for (const r of results) {
    const file = relativeTo(root2, r.filePath) ?? displayPath(r.filePath, options.cwd);
    for (const m of r.messages) lines2.push({ order: SEVERITY_RANK[m.severity], text: annotation(file, m) });
  }
  lines2.sort((a, b) => a.order - b.order);
  return lines2.map((l) => l.text + "\n").join("");
});

// src/formatters/json.ts
init_import_meta_url();

// src/results/codec.ts
init_import_meta_url();
var MESSAGE_KEYS = ["ruleId", "severity", "message", "line", "column", "endLine", "endColumn", "fatal", "job", "group", "task", "driver", "url", "fix", "fixable", "suggestions"];
function pick(m) {
  const out = {};
  for (const key of MESSAGE_KEYS) if (m[key] !== void 0) out[key] = m[key];
  return out;
}
function asciiJson(jsonText) {
  return /[^\x00-\x7f]/.test(jsonText) ? jsonText.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) : jsonText;
}
function findingsJson(messages, suppressions) {
  const m = JSON.stringify(messages.map(pick));
  const s = JSON.stringify(suppressions.map((x) => ({ ...pick(x.message), directive: x.directive })));
  return asciiJson(`"messages":${m},"suppressions":${s}`);
}
function asciiText(text) {
  return typeof text === "string" ? text : Buffer.from(text.buffer, text.byteOffset, text.byteLength).toString("latin1");
}
function countsOf(r) {
  return [r.errorCount, r.warningCount, r.infoCount, r.fixableErrorCount, r.fixableWarningCount];
}
function decodeFindings(text) {
  const parsed = JSON.parse(`{${asciiText(text)}}`);
  return { messages: parsed.messages, suppressions: parsed.suppressions.map(({ directive, ...message2 }) => ({ message: message2, directive })) };
}
var EncodedResult = class {
  filePath;
  errorCount;
  warningCount;
  infoCount;
  fixableErrorCount;
  fixableWarningCount;
  source;
  /** The findings as findingsJson text. */
  encodedFindings;
  #findings;
  constructor(file, counts, encodedFindings) {
    this.filePath = file;
    [this.errorCount, this.warningCount, this.infoCount, this.fixableErrorCount, this.fixableWarningCount] = counts;
    this.encodedFindings = encodedFindings;
  }
  get #decoded() {
    return this.#findings ??= decodeFindings(this.encodedFindings);
  }
  get messages() {
    return this.#decoded.messages;
  }
  get suppressions() {
    return this.#decoded.suppressions;
  }
};
function findingsOf(r) {
  return r instanceof EncodedResult ? r.encodedFindings : findingsJson(r.messages, r.suppressions);
}
function encodeResult(result) {
  if (result instanceof EncodedResult) return result;
  const encoded = new EncodedResult(result.filePath, countsOf(result), findingsOf(result));
  if (result.source !== void 0) encoded.source = result.source;
  return encoded;
}
function jsonChunks(results) {
  const out = [];
  let text = "[";
  results.forEach((r, i) => {
    text += `${i === 0 ? "" : ","}{"filePath":${asciiJson(JSON.stringify(r.filePath))},`;
    out.push(text, findingsOf(r));
    text = `,"errorCount":${r.errorCount},"warningCount":${r.warningCount},"infoCount":${r.infoCount},"fixableErrorCount":${r.fixableErrorCount},"fixableWarningCount":${r.fixableWarningCount}${r.fixed !== void 0 ? `,"fixed":${asciiJson(JSON.stringify(r.fixed))}` : ""}}`;
  });
  out.push(`${text}]
`);
  return out;
}

// src/formatters/json.ts
var json = defineFormatter((results) => jsonChunks(results).map(asciiText).join(""), { needs: { fixes: true }, chunks: jsonChunks });

// src/formatters/sarif.ts
init_import_meta_url();
var import_node_crypto2 = require("node:crypto");
var import_node_url2 = require("node:url");

// src/util/project.ts
init_import_meta_url();
var VERSION2 = "0.1.0";
var HOMEPAGE = "https://github.com/nomad-remote-lint/nomad-remote-lint";
function ruleDocUrl(ruleId) {
  return `${HOMEPAGE}/blob/v${VERSION2}/rules/${ruleId}.md`;
}

// src/formatters/sarif.ts
var LEVEL = { error: "error", warning: "warning", info: "note" };
var SRCROOT = "%SRCROOT%";
function clip(text, max = 1024) {
  return text.length <= max ? text : text.slice(0, max - 1) + "\u2026";
}
function plain(markdown) {
  return markdown.replace(/`([^`]*)`/g, "$1").replace(/\*\*([^*]*)\*\*/g, "$1");
}
function sarifRule(meta) {
  const url = ruleDocUrl(meta.id);
  const sentence = `${meta.description[0].toUpperCase()}${meta.description.slice(1)}.`;
  const docs = meta.docs.map((d) => `- [${d.title}](${d.url})`).join("\n");
  const name = meta.id.split("-").map((w) => w[0].toUpperCase() + w.slice(1)).join("");
  return {
    id: meta.id,
    // SARIF wants a name that differs from the id (SARIF1001 compares them ignoring case): a
    // one-word id has none.
    ...name.toLowerCase() === meta.id.toLowerCase() ? {} : { name },
    shortDescription: { text: clip(sentence) },
    fullDescription: { text: clip(plain(meta.rationale)) },
    help: {
      text: `${plain(meta.fix)}

${url}`,
      markdown: `${meta.rationale}

**How to fix:** ${meta.fix}

${docs}

[Rule documentation](${url})`
    },
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: { tags: ["nomad", meta.id.startsWith("remote-") ? "remote-tasks" : "jobspec"], precision: "very-high" }
  };
}
function lineHash(m, lines2, seen) {
  const text = (lines2[m.line - 1] ?? "").replace(/\s+/g, " ").trim();
  const key = (0, import_node_crypto2.createHash)("sha256").update(`${m.ruleId}\0${text}\0${m.message}`).digest("hex").slice(0, 16);
  const n = (seen.get(key) ?? 0) + 1;
  seen.set(key, n);
  return `${key}:${n}`;
}
function location(r, root2) {
  const rel = relativeTo(root2, r.filePath);
  if (rel !== void 0) return { uri: rel.split("/").map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
  if (r.filePath.startsWith("<")) return { uri: r.filePath.replace(/[<>]/g, "") };
  return { uri: (0, import_node_url2.pathToFileURL)(r.filePath).href };
}
var sarif = defineFormatter((results, options) => {
  const root2 = options.workspace ?? options.cwd;
  const rules2 = options.rules;
  const index = new Map(rules2.map((r, i) => [r.id, i]));
  const sarifResults = [];
  for (const r of results) {
    const lines2 = r.source?.split(/\r?\n/) ?? [];
    const seen = /* @__PURE__ */ new Map();
    const artifactLocation = location(r, root2);
    for (const m of r.messages) {
      const ruleIndex = index.get(m.ruleId);
      sarifResults.push({
        ruleId: m.ruleId,
        ...ruleIndex === void 0 ? {} : { ruleIndex },
        level: LEVEL[m.severity],
        message: { text: m.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation,
              region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn }
            }
          }
        ],
        partialFingerprints: { primaryLocationLineHash: lineHash(m, lines2, seen) }
      });
    }
  }
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "nomad-remote-lint",
            version: options.version,
            semanticVersion: options.version,
            informationUri: HOMEPAGE,
            rules: rules2.map(sarifRule)
          }
        },
        originalUriBaseIds: { [SRCROOT]: { uri: (0, import_node_url2.pathToFileURL)(root2.endsWith("/") ? root2 : root2 + "/").href } },
        columnKind: "utf16CodeUnits",
        results: sarifResults
      }
    ]
  };
  return JSON.stringify(log, null, 2) + "\n";
}, { needs: { source: true } });

// src/formatters/stylish.ts
init_import_meta_url();

// node_modules/kleur/index.mjs
init_import_meta_url();
var FORCE_COLOR;
var NODE_DISABLE_COLORS;
var NO_COLOR;
var TERM;
var isTTY = true;
if (typeof process !== "undefined") {
  ({ FORCE_COLOR, NODE_DISABLE_COLORS, NO_COLOR, TERM } = process.env || {});
  isTTY = process.stdout && process.stdout.isTTY;
}
var $ = {
  enabled: !NODE_DISABLE_COLORS && NO_COLOR == null && TERM !== "dumb" && (FORCE_COLOR != null && FORCE_COLOR !== "0" || isTTY),
  // modifiers
  reset: init(0, 0),
  bold: init(1, 22),
  dim: init(2, 22),
  italic: init(3, 23),
  underline: init(4, 24),
  inverse: init(7, 27),
  hidden: init(8, 28),
  strikethrough: init(9, 29),
  // colors
  black: init(30, 39),
  red: init(31, 39),
  green: init(32, 39),
  yellow: init(33, 39),
  blue: init(34, 39),
  magenta: init(35, 39),
  cyan: init(36, 39),
  white: init(37, 39),
  gray: init(90, 39),
  grey: init(90, 39),
  // background colors
  bgBlack: init(40, 49),
  bgRed: init(41, 49),
  bgGreen: init(42, 49),
  bgYellow: init(43, 49),
  bgBlue: init(44, 49),
  bgMagenta: init(45, 49),
  bgCyan: init(46, 49),
  bgWhite: init(47, 49)
};
function run(arr, str) {
  let i = 0, tmp, beg = "", end = "";
  for (; i < arr.length; i++) {
    tmp = arr[i];
    beg += tmp.open;
    end += tmp.close;
    if (!!~str.indexOf(tmp.close)) {
      str = str.replace(tmp.rgx, tmp.close + tmp.open);
    }
  }
  return beg + str + end;
}
function chain(has, keys) {
  let ctx = { has, keys };
  ctx.reset = $.reset.bind(ctx);
  ctx.bold = $.bold.bind(ctx);
  ctx.dim = $.dim.bind(ctx);
  ctx.italic = $.italic.bind(ctx);
  ctx.underline = $.underline.bind(ctx);
  ctx.inverse = $.inverse.bind(ctx);
  ctx.hidden = $.hidden.bind(ctx);
  ctx.strikethrough = $.strikethrough.bind(ctx);
  ctx.black = $.black.bind(ctx);
  ctx.red = $.red.bind(ctx);
  ctx.green = $.green.bind(ctx);
  ctx.yellow = $.yellow.bind(ctx);
  ctx.blue = $.blue.bind(ctx);
  ctx.magenta = $.magenta.bind(ctx);
  ctx.cyan = $.cyan.bind(ctx);
  ctx.white = $.white.bind(ctx);
  ctx.gray = $.gray.bind(ctx);
  ctx.grey = $.grey.bind(ctx);
  ctx.bgBlack = $.bgBlack.bind(ctx);
  ctx.bgRed = $.bgRed.bind(ctx);
  ctx.bgGreen = $.bgGreen.bind(ctx);
  ctx.bgYellow = $.bgYellow.bind(ctx);
  ctx.bgBlue = $.bgBlue.bind(ctx);
  ctx.bgMagenta = $.bgMagenta.bind(ctx);
  ctx.bgCyan = $.bgCyan.bind(ctx);
  ctx.bgWhite = $.bgWhite.bind(ctx);
  return ctx;
}
function init(open, close) {
  let blk = {
    open: `\x1B[${open}m`,
    close: `\x1B[${close}m`,
    rgx: new RegExp(`\\x1b\\[${close}m`, "g")
  };
  return function(txt) {
    if (this !== void 0 && this.has !== void 0) {
      !!~this.has.indexOf(open) || (this.has.push(open), this.keys.push(blk));
      return txt === void 0 ? this : $.enabled ? run(this.keys, txt + "") : txt + "";
    }
    return txt === void 0 ? chain([open], [blk]) : $.enabled ? run([blk], txt + "") : txt + "";
  };
}
var kleur_default = $;

// src/results/finish.ts
init_import_meta_url();
function compareDiagnostics(a, b) {
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || a.endLine - b.endLine || a.endColumn - b.endColumn || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
function tally(filePath, messages, suppressions) {
  const result = { filePath, messages, suppressions, errorCount: 0, warningCount: 0, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
  for (const m of messages) {
    const fixable = m.fix !== void 0 || m.fixable === true;
    if (m.severity === "error") {
      result.errorCount++;
      if (fixable) result.fixableErrorCount++;
    } else if (m.severity === "warning") {
      result.warningCount++;
      if (fixable) result.fixableWarningCount++;
    } else result.infoCount++;
  }
  return result;
}
function finish(filePath, all, suppressions, source) {
  all.sort(compareDiagnostics);
  const messages = all.filter((m, i) => i === 0 || compareDiagnostics(m, all[i - 1]) !== 0);
  const result = tally(filePath, messages, suppressions);
  if (messages.length > 0 && source !== void 0) result.source = source.text;
  return result;
}
function fatalFinding(range, message2, ruleId) {
  return { ruleId, severity: "error", message: message2, ...range, fatal: true, url: ruleDocUrl(ruleId) };
}
function fatalResult(filePath, finding) {
  const { ruleId, message: message2, ...range } = finding;
  return finish(filePath, [fatalFinding(range, message2, ruleId)], []);
}
var COMMAND_LINE = "<command line>";
function fileCount(results) {
  return results.filter((r) => r.filePath !== COMMAND_LINE).length;
}
function sortResults(results) {
  return results.sort((a, b) => a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0);
}

// src/formatters/stylish.ts
var SEVERITY_WIDTH = "warning".length;
var stylish = defineFormatter((results, options) => {
  const previous = kleur_default.enabled;
  kleur_default.enabled = options.color;
  try {
    return render(results, options.cwd, options.fixDryRun === true);
  } finally {
    kleur_default.enabled = previous;
  }
}, { needs: { source: true } });
function paint(severity, text) {
  return severity === "error" ? kleur_default.red(text) : severity === "warning" ? kleur_default.yellow(text) : kleur_default.blue(text);
}
function render(results, cwd, dryRun) {
  let out = "";
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    infos += result.infoCount;
    out += `
${kleur_default.underline(displayPath(result.filePath, cwd))}
`;
    const lines2 = result.source?.split(/\r?\n/) ?? [];
    const posWidth = Math.max(...result.messages.map((m) => `${m.line}:${m.column}`.length));
    const gutter = String(Math.max(...result.messages.map((m) => m.line))).length;
    for (const m of result.messages) {
      const pos = `${m.line}:${m.column}`.padEnd(posWidth);
      const sev = paint(m.severity, m.severity.padEnd(SEVERITY_WIDTH));
      out += `  ${kleur_default.dim(pos)}  ${sev}  ${m.message}  ${kleur_default.dim(m.ruleId)}
`;
      out += frame(m, lines2[m.line - 1], gutter);
    }
  }
  const total = errors + warnings + infos;
  const fixedFiles = results.filter((r) => (r.fixed?.length ?? 0) > 0);
  const fixed = fixedFiles.reduce((n, r) => n + r.fixed.length, 0);
  const fixedWord = dryRun ? "would be fixed (--fix-dry-run)" : "fixed";
  const fixedLine = fixed === 0 ? "" : `${kleur_default.green().bold(`\u2714 ${fixed} ${fixed === 1 ? "problem" : "problems"} ${fixedWord} in ${fixedFiles.length} ${fixedFiles.length === 1 ? "file" : "files"}`)}
`;
  const count = fileCount(results);
  const files = `in ${count} linted ${count === 1 ? "file" : "files"}`;
  if (total === 0) return `${out}${fixedLine === "" ? "" : `
${fixedLine}`}${kleur_default.green(`\u2714 no problems ${files}`)}
`;
  const summary2 = `\u2716 ${total} ${total === 1 ? "problem" : "problems"} (${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}, ${infos} info) ${files}`;
  const colour = errors > 0 ? kleur_default.red().bold : warnings > 0 ? kleur_default.yellow().bold : kleur_default.blue().bold;
  return `${out}
${fixedLine}${colour(summary2)}
`;
}
function frame(m, line, gutter) {
  if (line === void 0) return "";
  const start = Math.min(m.column - 1, line.length);
  const end = m.endLine === m.line ? Math.min(m.endColumn - 1, line.length) : line.length;
  const width = Math.max(1, end - start);
  const pad = line.slice(0, start).replace(/[^\t]/g, " ");
  const num = String(m.line).padStart(gutter);
  const bar = kleur_default.dim("|");
  return `    ${kleur_default.dim(num)} ${bar} ${line}
    ${" ".repeat(gutter)} ${bar} ${pad}${paint(m.severity, "^".repeat(width))}
`;
}

// src/formatters/xml.ts
init_import_meta_url();
function xmlText(s) {
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\r/g, "&#13;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}
var HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n';
var junit = defineFormatter((results, options) => {
  let failures = 0;
  const cases = results.map((r) => {
    const file = displayPath(r.filePath, options.cwd);
    const problems = r.messages.filter((m) => m.severity !== "info");
    const notes = r.messages.filter((m) => m.severity === "info");
    failures += problems.length > 0 ? 1 : 0;
    const body = [
      ...problems.map(
        (m) => `      <failure type="${xmlText(m.ruleId)}" message="${xmlText(m.message)}">${xmlText(`${file}:${m.line}:${m.column}: ${m.severity}: ${m.message} [${m.ruleId}]`)}</failure>`
      ),
      ...notes.length > 0 ? [`      <system-out>${xmlText(notes.map((m) => `${file}:${m.line}:${m.column}: info: ${m.message} [${m.ruleId}]`).join("\n"))}</system-out>`] : []
    ];
    const open = `    <testcase name="${xmlText(file)}" classname="nomad-remote-lint"`;
    return body.length === 0 ? `${open}/>` : `${open}>
${body.join("\n")}
    </testcase>`;
  });
  const counts = `tests="${results.length}" failures="${failures}" errors="0"`;
  return HEADER + `<testsuites name="nomad-remote-lint" ${counts}>
  <testsuite name="nomad-remote-lint" ${counts}>
` + cases.map((c) => c + "\n").join("") + "  </testsuite>\n</testsuites>\n";
});
var checkstyle = defineFormatter((results, options) => {
  const files = results.map((r) => {
    const errors = r.messages.map(
      (m) => `    <error line="${m.line}" column="${m.column}" severity="${m.severity}" message="${xmlText(m.message)}" source="${xmlText(`nomad-remote-lint.${m.ruleId}`)}"/>`
    );
    const open = `  <file name="${xmlText(displayPath(r.filePath, options.cwd))}"`;
    return errors.length === 0 ? `${open}/>` : `${open}>
${errors.join("\n")}
  </file>`;
  });
  return HEADER + `<checkstyle version="4.3">
` + files.map((f) => f + "\n").join("") + "</checkstyle>\n";
});

// src/formatters/index.ts
var formatters = {
  stylish,
  json,
  compact,
  github,
  sarif,
  junit,
  checkstyle
};
var FORMAT_NAMES = Object.keys(formatters);

// src/run/context.ts
init_import_meta_url();

// rules/index.ts
init_import_meta_url();

// rules/driver-config.ts
init_import_meta_url();

// src/engine/api.ts
init_import_meta_url();

// src/engine/rule.ts
init_import_meta_url();
function defineRule(rule) {
  return rule;
}

// src/engine/docs.ts
init_import_meta_url();
var REMOTE_DRIVERS_DOC = {
  title: "Remote Task Drivers (Nomad 1.8 plugin docs)",
  url: "https://developer.hashicorp.com/nomad/plugins/v1.8.x/drivers/remote"
};
function jobspecDoc(block) {
  return {
    title: `${block} block (Nomad job specification)`,
    url: `https://developer.hashicorp.com/nomad/docs/v1.8.x/job-specification/${block}`
  };
}

// src/drivers/task-config.ts
init_import_meta_url();

// src/util/validators.ts
init_import_meta_url();

// src/generated/schema-validators.ts
var schema_validators_exports = {};
__export(schema_validators_exports, {
  config: () => config,
  config_ecs: () => config_ecs,
  driver: () => driver,
  shippedConfigSchemas: () => shippedConfigSchemas
});
init_import_meta_url();
var import_ucs2length = __toESM(require_ucs2length(), 1);
var import_equal = __toESM(require_equal(), 1);
var cjs = (m) => m !== null && typeof m === "object" && "default" in m ? m : { default: m };
var driver = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://nomad-remote-lint.dev/schemas/driver.schema.json", "title": "nomad-remote-lint driver capability file", "description": "Describes one Nomad task driver: the capabilities it advertises to Nomad, the Nomad versions the description applies to, where the facts come from, and which remote-limited jobspec features the driver provides itself.", "type": "object", "required": ["name", "capabilities"], "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "name": { "description": "The driver name as written in a task's `driver` attribute.", "type": "string", "minLength": 1, "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, "description": { "type": "string" }, "capabilities": { "description": "The capabilities the driver plugin returns from Capabilities() (plugins/drivers/driver.go), with Nomad's field names.", "type": "object", "required": ["RemoteTasks"], "additionalProperties": false, "properties": { "RemoteTasks": { "description": "The task runs outside the Nomad client (Nomad 1.1 to 1.9).", "type": "boolean" }, "SendSignals": { "type": "boolean" }, "Exec": { "type": "boolean" }, "FSIsolation": { "enum": ["none", "chroot", "image", "unveil"] }, "NetIsolationModes": { "type": "array", "items": { "enum": ["host", "group", "task", "none"] }, "uniqueItems": true }, "MustInitiateNetwork": { "type": "boolean" }, "MountConfigs": { "enum": ["all", "none"] }, "DisableLogCollection": { "type": "boolean" }, "DynamicWorkloadUsers": { "type": "boolean" } } }, "nomadVersions": { "description": "The Nomad versions this description applies to: `from` inclusive, `before` exclusive.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "from": { "$ref": "#/definitions/version" }, "before": { "$ref": "#/definitions/version" } } }, "sources": { "description": "Where the facts in this file come from.", "type": "array", "items": { "type": "object", "required": ["url"], "additionalProperties": false, "properties": { "url": { "type": "string", "pattern": "^https?://" }, "note": { "type": "string" } } } }, "provides": { "description": "Remote-limited jobspec features this driver handles itself (for example by copying the allocation directory to its runtime); the matching rules stay quiet for its tasks.", "type": "array", "uniqueItems": true, "items": { "enum": ["artifact", "template", "dispatch_payload", "volume", "ephemeral_disk", "vault", "network", "connect", "resources", "identity_file", "consul_token", "csi_plugin", "logs"] } }, "config": { "description": "A JSON Schema (draft-07) for the task `config` block, in the JSON form of the block: blocks are arrays of objects.", "type": "object" } }, "definitions": { "version": { "type": "string", "pattern": "^\\d+\\.\\d+(\\.\\d+)?$" } } };
var schema12 = { "type": "string", "pattern": "^\\d+\\.\\d+(\\.\\d+)?$" };
var func2 = cjs(import_ucs2length.default).default;
var func3 = Object.prototype.hasOwnProperty;
var func0 = cjs(import_equal.default).default;
var pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");
var pattern1 = new RegExp("^\\d+\\.\\d+(\\.\\d+)?$", "u");
var pattern3 = new RegExp("^https?://", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.capabilities === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "capabilities" }, message: "must have required property 'capabilities'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "name" || key0 === "description" || key0 === "capabilities" || key0 === "nomadVersions" || key0 === "sources" || key0 === "provides" || key0 === "config")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern0.test(data1)) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.-]*$", parentSchema: schema11.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.name.type, parentSchema: schema11.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 !== "string") {
        const err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.description.type, parentSchema: schema11.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.capabilities !== void 0) {
      let data3 = data.capabilities;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.RemoteTasks === void 0) {
          const err8 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/required", keyword: "required", params: { missingProperty: "RemoteTasks" }, message: "must have required property 'RemoteTasks'", schema: schema11.properties.capabilities.required, parentSchema: schema11.properties.capabilities, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!func3.call(schema11.properties.capabilities.properties, key1)) {
            const err9 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.capabilities, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data3.RemoteTasks !== void 0) {
          let data4 = data3.RemoteTasks;
          if (typeof data4 !== "boolean") {
            const err10 = { instancePath: instancePath + "/capabilities/RemoteTasks", schemaPath: "#/properties/capabilities/properties/RemoteTasks/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.capabilities.properties.RemoteTasks.type, parentSchema: schema11.properties.capabilities.properties.RemoteTasks, data: data4 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data3.SendSignals !== void 0) {
          let data5 = data3.SendSignals;
          if (typeof data5 !== "boolean") {
            const err11 = { instancePath: instancePath + "/capabilities/SendSignals", schemaPath: "#/properties/capabilities/properties/SendSignals/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.capabilities.properties.SendSignals.type, parentSchema: schema11.properties.capabilities.properties.SendSignals, data: data5 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data3.Exec !== void 0) {
          let data6 = data3.Exec;
          if (typeof data6 !== "boolean") {
            const err12 = { instancePath: instancePath + "/capabilities/Exec", schemaPath: "#/properties/capabilities/properties/Exec/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.capabilities.properties.Exec.type, parentSchema: schema11.properties.capabilities.properties.Exec, data: data6 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data3.FSIsolation !== void 0) {
          let data7 = data3.FSIsolation;
          if (!(data7 === "none" || data7 === "chroot" || data7 === "image" || data7 === "unveil")) {
            const err13 = { instancePath: instancePath + "/capabilities/FSIsolation", schemaPath: "#/properties/capabilities/properties/FSIsolation/enum", keyword: "enum", params: { allowedValues: schema11.properties.capabilities.properties.FSIsolation.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.capabilities.properties.FSIsolation.enum, parentSchema: schema11.properties.capabilities.properties.FSIsolation, data: data7 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data3.NetIsolationModes !== void 0) {
          let data8 = data3.NetIsolationModes;
          if (Array.isArray(data8)) {
            const len0 = data8.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data9 = data8[i0];
              if (!(data9 === "host" || data9 === "group" || data9 === "task" || data9 === "none")) {
                const err14 = { instancePath: instancePath + "/capabilities/NetIsolationModes/" + i0, schemaPath: "#/properties/capabilities/properties/NetIsolationModes/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.capabilities.properties.NetIsolationModes.items.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.capabilities.properties.NetIsolationModes.items.enum, parentSchema: schema11.properties.capabilities.properties.NetIsolationModes.items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            let i1 = data8.length;
            let j0;
            if (i1 > 1) {
              outer0: for (; i1--; ) {
                for (j0 = i1; j0--; ) {
                  if (func0(data8[i1], data8[j0])) {
                    const err15 = { instancePath: instancePath + "/capabilities/NetIsolationModes", schemaPath: "#/properties/capabilities/properties/NetIsolationModes/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema11.properties.capabilities.properties.NetIsolationModes, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                    break outer0;
                  }
                }
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/capabilities/NetIsolationModes", schemaPath: "#/properties/capabilities/properties/NetIsolationModes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.capabilities.properties.NetIsolationModes.type, parentSchema: schema11.properties.capabilities.properties.NetIsolationModes, data: data8 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data3.MustInitiateNetwork !== void 0) {
          let data10 = data3.MustInitiateNetwork;
          if (typeof data10 !== "boolean") {
            const err17 = { instancePath: instancePath + "/capabilities/MustInitiateNetwork", schemaPath: "#/properties/capabilities/properties/MustInitiateNetwork/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.capabilities.properties.MustInitiateNetwork.type, parentSchema: schema11.properties.capabilities.properties.MustInitiateNetwork, data: data10 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data3.MountConfigs !== void 0) {
          let data11 = data3.MountConfigs;
          if (!(data11 === "all" || data11 === "none")) {
            const err18 = { instancePath: instancePath + "/capabilities/MountConfigs", schemaPath: "#/properties/capabilities/properties/MountConfigs/enum", keyword: "enum", params: { allowedValues: schema11.properties.capabilities.properties.MountConfigs.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.capabilities.properties.MountConfigs.enum, parentSchema: schema11.properties.capabilities.properties.MountConfigs, data: data11 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data3.DisableLogCollection !== void 0) {
          let data12 = data3.DisableLogCollection;
          if (typeof data12 !== "boolean") {
            const err19 = { instancePath: instancePath + "/capabilities/DisableLogCollection", schemaPath: "#/properties/capabilities/properties/DisableLogCollection/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.capabilities.properties.DisableLogCollection.type, parentSchema: schema11.properties.capabilities.properties.DisableLogCollection, data: data12 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data3.DynamicWorkloadUsers !== void 0) {
          let data13 = data3.DynamicWorkloadUsers;
          if (typeof data13 !== "boolean") {
            const err20 = { instancePath: instancePath + "/capabilities/DynamicWorkloadUsers", schemaPath: "#/properties/capabilities/properties/DynamicWorkloadUsers/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.capabilities.properties.DynamicWorkloadUsers.type, parentSchema: schema11.properties.capabilities.properties.DynamicWorkloadUsers, data: data13 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.capabilities.type, parentSchema: schema11.properties.capabilities, data: data3 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.nomadVersions !== void 0) {
      let data14 = data.nomadVersions;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        if (Object.keys(data14).length < 1) {
          const err22 = { instancePath: instancePath + "/nomadVersions", schemaPath: "#/properties/nomadVersions/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.nomadVersions, data: data14 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        for (const key2 in data14) {
          if (!(key2 === "from" || key2 === "before")) {
            const err23 = { instancePath: instancePath + "/nomadVersions", schemaPath: "#/properties/nomadVersions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.nomadVersions, data: data14 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data14.from !== void 0) {
          let data15 = data14.from;
          if (typeof data15 === "string") {
            if (!pattern1.test(data15)) {
              const err24 = { instancePath: instancePath + "/nomadVersions/from", schemaPath: "#/definitions/version/pattern", keyword: "pattern", params: { pattern: "^\\d+\\.\\d+(\\.\\d+)?$" }, message: 'must match pattern "^\\d+\\.\\d+(\\.\\d+)?$"', schema: "^\\d+\\.\\d+(\\.\\d+)?$", parentSchema: schema12, data: data15 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/nomadVersions/from", schemaPath: "#/definitions/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data15 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data14.before !== void 0) {
          let data16 = data14.before;
          if (typeof data16 === "string") {
            if (!pattern1.test(data16)) {
              const err26 = { instancePath: instancePath + "/nomadVersions/before", schemaPath: "#/definitions/version/pattern", keyword: "pattern", params: { pattern: "^\\d+\\.\\d+(\\.\\d+)?$" }, message: 'must match pattern "^\\d+\\.\\d+(\\.\\d+)?$"', schema: "^\\d+\\.\\d+(\\.\\d+)?$", parentSchema: schema12, data: data16 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/nomadVersions/before", schemaPath: "#/definitions/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data16 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/nomadVersions", schemaPath: "#/properties/nomadVersions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.nomadVersions.type, parentSchema: schema11.properties.nomadVersions, data: data14 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.sources !== void 0) {
      let data17 = data.sources;
      if (Array.isArray(data17)) {
        const len1 = data17.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data18 = data17[i2];
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            if (data18.url === void 0) {
              const err29 = { instancePath: instancePath + "/sources/" + i2, schemaPath: "#/properties/sources/items/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema11.properties.sources.items.required, parentSchema: schema11.properties.sources.items, data: data18 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            for (const key3 in data18) {
              if (!(key3 === "url" || key3 === "note")) {
                const err30 = { instancePath: instancePath + "/sources/" + i2, schemaPath: "#/properties/sources/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.sources.items, data: data18 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data18.url !== void 0) {
              let data19 = data18.url;
              if (typeof data19 === "string") {
                if (!pattern3.test(data19)) {
                  const err31 = { instancePath: instancePath + "/sources/" + i2 + "/url", schemaPath: "#/properties/sources/items/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema11.properties.sources.items.properties.url, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              } else {
                const err32 = { instancePath: instancePath + "/sources/" + i2 + "/url", schemaPath: "#/properties/sources/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.sources.items.properties.url.type, parentSchema: schema11.properties.sources.items.properties.url, data: data19 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data18.note !== void 0) {
              let data20 = data18.note;
              if (typeof data20 !== "string") {
                const err33 = { instancePath: instancePath + "/sources/" + i2 + "/note", schemaPath: "#/properties/sources/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.sources.items.properties.note.type, parentSchema: schema11.properties.sources.items.properties.note, data: data20 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/sources/" + i2, schemaPath: "#/properties/sources/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.sources.items.type, parentSchema: schema11.properties.sources.items, data: data18 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.sources.type, parentSchema: schema11.properties.sources, data: data17 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.provides !== void 0) {
      let data21 = data.provides;
      if (Array.isArray(data21)) {
        const len2 = data21.length;
        for (let i3 = 0; i3 < len2; i3++) {
          let data22 = data21[i3];
          if (!(data22 === "artifact" || data22 === "template" || data22 === "dispatch_payload" || data22 === "volume" || data22 === "ephemeral_disk" || data22 === "vault" || data22 === "network" || data22 === "connect" || data22 === "resources" || data22 === "identity_file" || data22 === "consul_token" || data22 === "csi_plugin" || data22 === "logs")) {
            const err36 = { instancePath: instancePath + "/provides/" + i3, schemaPath: "#/properties/provides/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.provides.items.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.provides.items.enum, parentSchema: schema11.properties.provides.items, data: data22 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        let i4 = data21.length;
        let j1;
        if (i4 > 1) {
          outer1: for (; i4--; ) {
            for (j1 = i4; j1--; ) {
              if (func0(data21[i4], data21[j1])) {
                const err37 = { instancePath: instancePath + "/provides", schemaPath: "#/properties/provides/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i4 + " are identical)", schema: true, parentSchema: schema11.properties.provides, data: data21 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
                break outer1;
              }
            }
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/provides", schemaPath: "#/properties/provides/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.provides.type, parentSchema: schema11.properties.provides, data: data21 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.config !== void 0) {
      let data23 = data.config;
      if (!(data23 && typeof data23 == "object" && !Array.isArray(data23))) {
        const err39 = { instancePath: instancePath + "/config", schemaPath: "#/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.config.type, parentSchema: schema11.properties.config, data: data23 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
  } else {
    const err40 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err40];
    } else {
      vErrors.push(err40);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var config = validate11;
var schema14 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://nomad-remote-lint.dev/schemas/config.schema.json", "title": "nomad-remote-lint configuration", "description": `.nomad-remote-lint.json: looked up from each linted file's directory upward, up to a config with "root": true or the repository root.`, "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "root": { "description": "Stop the upward lookup at this file.", "type": "boolean" }, "rules": { "$ref": "#/definitions/rules" }, "drivers": { "description": "Driver capability files (paths relative to this file) or inline driver descriptions.", "type": "array", "items": { "type": ["string", "object"], "if": { "type": "object" }, "then": { "$ref": "driver.schema.json" }, "else": { "minLength": 1 } } }, "files": { "description": "Globs, relative to this file, of files to lint whatever their name (directories are searched for *.nomad, *.nomad.hcl and *.nomad.json, and for *.hcl and *.job files holding a job block).", "type": "array", "items": { "type": "string", "minLength": 1 } }, "ignores": { "description": "Globs, relative to this file, of files and directories not to lint (`vendor/**`, `legacy/`).", "type": "array", "items": { "type": "string", "minLength": 1 } }, "ignorePatterns": { "description": "The same as ignores (the earlier name).", "type": "array", "items": { "type": "string", "minLength": 1 } }, "hcl2Strict": { "description": "Unset variables, and values given for variables no jobspec declares, are errors (as nomad job run -hcl2-strict): for runs that pass the real var files.", "type": "boolean" }, "overrides": { "description": "Rule settings for files matching globs (relative to this file); later entries win.", "type": "array", "items": { "type": "object", "required": ["files"], "additionalProperties": false, "properties": { "files": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "rules": { "$ref": "#/definitions/rules" } } } }, "nomadVersion": { "description": 'The Nomad version of the target cluster, such as "1.8.4".', "type": "string", "pattern": "^v?\\d+\\.\\d+(\\.\\d+)?$" } }, "definitions": { "severity": { "enum": ["off", "info", "warning", "error"] }, "rules": { "type": "object", "additionalProperties": false, "properties": { "remote-artifact": { "$ref": "#/definitions/severity", "description": "artifact blocks in remote tasks are never downloaded (default: error)" }, "remote-template": { "$ref": "#/definitions/severity", "description": "template blocks in remote tasks are never rendered where the task can read them (default: error)" }, "remote-dispatch-payload": { "$ref": "#/definitions/severity", "description": "dispatch_payload in remote tasks is written where the task cannot read it (default: error)" }, "remote-volume": { "$ref": "#/definitions/severity", "description": "volumes and volume mounts of remote tasks are never mounted (default: error)" }, "remote-ephemeral-disk": { "$ref": "#/definitions/severity", "description": "ephemeral_disk of a group whose tasks are all remote is never used (default: error)" }, "remote-connect": { "$ref": "#/definitions/severity", "description": "Consul Connect for remote tasks runs on the Nomad client, out of the task's reach: its sidecar, or what a native task needs (default: error)" }, "remote-network": { "$ref": "#/definitions/severity", "description": "group networks of all-remote groups and task networks of remote tasks are not the task's network (default: warning)" }, "remote-vault": { "$ref": "#/definitions/severity", "description": "vault tokens of remote tasks are written to the client's secrets directory, out of the task's reach (default: warning)" }, "remote-resources": { "$ref": "#/definitions/severity", "description": "remote tasks should reserve the minimum resources: cpu = 1, memory = 10 (default: warning)" }, "remote-identity-file": { "$ref": "#/definitions/severity", "description": "workload identity files of remote tasks are written to the client's secrets directory (default: warning)" }, "remote-consul-token": { "$ref": "#/definitions/severity", "description": "task-level consul blocks of remote tasks deliver their token to the client's secrets directory (default: warning)" }, "remote-csi-plugin": { "$ref": "#/definitions/severity", "description": "a remote task cannot be a CSI plugin (default: error)" }, "remote-logs": { "$ref": "#/definitions/severity", "description": "log rotation settings of remote tasks apply to the client's copy of the logs only (default: info)" }, "remote-pinned-node": { "$ref": "#/definitions/severity", "description": "a constraint pins a group with remote tasks to one node, so a lost node cannot hand its remote tasks over (default: warning)" }, "remote-tasks-removed": { "$ref": "#/definitions/severity", "description": "remote tasks on a Nomad 1.10 or later target lose remote task support (with --nomad-version) (default: error)" }, "remote-tasks-unavailable": { "$ref": "#/definitions/severity", "description": "remote tasks on a target older than Nomad 1.1 have no remote task support (with --nomad-version) (default: error)" }, "unknown-driver": { "$ref": "#/definitions/severity", "description": "the task's driver has no capability file, so the remote-task rules cannot judge it (default: info)" }, "driver-config": { "$ref": "#/definitions/severity", "description": "the task config does not fit the schema its driver's capability file gives (default: error)" }, "input-limit": { "$ref": "#/definitions/severity", "description": "the file is larger, or nested deeper, than the linter's limits, and is not linted (default: error)" }, "jobspec-schema": { "$ref": "#/definitions/severity", "description": "the jobspec does not fit Nomad's job model: unknown or misplaced blocks and attributes, wrong types, missing driver (default: error)" }, "variable-value": { "$ref": "#/definitions/severity", "description": "an input variable has a value that does not fit its type or fails its validation, or a var file holds what is not a value (default: error)" }, "variable-unset": { "$ref": "#/definitions/severity", "description": "an input variable has no value here: checks that depend on it are skipped (an error with --hcl2-strict) (default: info)" }, "variable-undeclared": { "$ref": "#/definitions/severity", "description": "a --var or var file entry gives a value to a variable that no linted jobspec declares (an error with --hcl2-strict) (default: warning)" }, "jobspec-template": { "$ref": "#/definitions/severity", "description": "the file is a jobspec template (levant, nomad-pack, Terraform templatefile): render it before linting (default: info)" }, "unread-block": { "$ref": "#/definitions/severity", "description": "valid HCL that the bundled converter cannot read: the block is left out of the lint (default: info)" }, "local-cycle": { "$ref": "#/definitions/severity", "description": "local values refer to each other in a cycle, or one is defined twice (default: error)" }, "expression-error": { "$ref": "#/definitions/severity", "description": "an expression cannot be evaluated: an undeclared variable or local, an unknown function, a wrong type (default: error)" }, "unresolved-value": { "$ref": "#/definitions/severity", "description": "a value a check depends on is only known when the job runs, so the check is skipped (default: info)" }, "unknown-rule": { "$ref": "#/definitions/severity", "description": "a suppression comment names a rule that does not exist (default: warning)" }, "unused-disable": { "$ref": "#/definitions/severity", "description": "a suppression comment silences nothing (default: warning)" }, "missing-disable-reason": { "$ref": "#/definitions/severity", "description": "a suppression comment gives no reason (reported with --require-disable-reason) (default: warning)" }, "fix-failed": { "$ref": "#/definitions/severity", "description": "a fix was not applied: the fixed file would not parse, or would keep the finding (default: warning)" } } } } };
var schema15 = { "type": "object", "additionalProperties": false, "properties": { "remote-artifact": { "$ref": "#/definitions/severity", "description": "artifact blocks in remote tasks are never downloaded (default: error)" }, "remote-template": { "$ref": "#/definitions/severity", "description": "template blocks in remote tasks are never rendered where the task can read them (default: error)" }, "remote-dispatch-payload": { "$ref": "#/definitions/severity", "description": "dispatch_payload in remote tasks is written where the task cannot read it (default: error)" }, "remote-volume": { "$ref": "#/definitions/severity", "description": "volumes and volume mounts of remote tasks are never mounted (default: error)" }, "remote-ephemeral-disk": { "$ref": "#/definitions/severity", "description": "ephemeral_disk of a group whose tasks are all remote is never used (default: error)" }, "remote-connect": { "$ref": "#/definitions/severity", "description": "Consul Connect for remote tasks runs on the Nomad client, out of the task's reach: its sidecar, or what a native task needs (default: error)" }, "remote-network": { "$ref": "#/definitions/severity", "description": "group networks of all-remote groups and task networks of remote tasks are not the task's network (default: warning)" }, "remote-vault": { "$ref": "#/definitions/severity", "description": "vault tokens of remote tasks are written to the client's secrets directory, out of the task's reach (default: warning)" }, "remote-resources": { "$ref": "#/definitions/severity", "description": "remote tasks should reserve the minimum resources: cpu = 1, memory = 10 (default: warning)" }, "remote-identity-file": { "$ref": "#/definitions/severity", "description": "workload identity files of remote tasks are written to the client's secrets directory (default: warning)" }, "remote-consul-token": { "$ref": "#/definitions/severity", "description": "task-level consul blocks of remote tasks deliver their token to the client's secrets directory (default: warning)" }, "remote-csi-plugin": { "$ref": "#/definitions/severity", "description": "a remote task cannot be a CSI plugin (default: error)" }, "remote-logs": { "$ref": "#/definitions/severity", "description": "log rotation settings of remote tasks apply to the client's copy of the logs only (default: info)" }, "remote-pinned-node": { "$ref": "#/definitions/severity", "description": "a constraint pins a group with remote tasks to one node, so a lost node cannot hand its remote tasks over (default: warning)" }, "remote-tasks-removed": { "$ref": "#/definitions/severity", "description": "remote tasks on a Nomad 1.10 or later target lose remote task support (with --nomad-version) (default: error)" }, "remote-tasks-unavailable": { "$ref": "#/definitions/severity", "description": "remote tasks on a target older than Nomad 1.1 have no remote task support (with --nomad-version) (default: error)" }, "unknown-driver": { "$ref": "#/definitions/severity", "description": "the task's driver has no capability file, so the remote-task rules cannot judge it (default: info)" }, "driver-config": { "$ref": "#/definitions/severity", "description": "the task config does not fit the schema its driver's capability file gives (default: error)" }, "input-limit": { "$ref": "#/definitions/severity", "description": "the file is larger, or nested deeper, than the linter's limits, and is not linted (default: error)" }, "jobspec-schema": { "$ref": "#/definitions/severity", "description": "the jobspec does not fit Nomad's job model: unknown or misplaced blocks and attributes, wrong types, missing driver (default: error)" }, "variable-value": { "$ref": "#/definitions/severity", "description": "an input variable has a value that does not fit its type or fails its validation, or a var file holds what is not a value (default: error)" }, "variable-unset": { "$ref": "#/definitions/severity", "description": "an input variable has no value here: checks that depend on it are skipped (an error with --hcl2-strict) (default: info)" }, "variable-undeclared": { "$ref": "#/definitions/severity", "description": "a --var or var file entry gives a value to a variable that no linted jobspec declares (an error with --hcl2-strict) (default: warning)" }, "jobspec-template": { "$ref": "#/definitions/severity", "description": "the file is a jobspec template (levant, nomad-pack, Terraform templatefile): render it before linting (default: info)" }, "unread-block": { "$ref": "#/definitions/severity", "description": "valid HCL that the bundled converter cannot read: the block is left out of the lint (default: info)" }, "local-cycle": { "$ref": "#/definitions/severity", "description": "local values refer to each other in a cycle, or one is defined twice (default: error)" }, "expression-error": { "$ref": "#/definitions/severity", "description": "an expression cannot be evaluated: an undeclared variable or local, an unknown function, a wrong type (default: error)" }, "unresolved-value": { "$ref": "#/definitions/severity", "description": "a value a check depends on is only known when the job runs, so the check is skipped (default: info)" }, "unknown-rule": { "$ref": "#/definitions/severity", "description": "a suppression comment names a rule that does not exist (default: warning)" }, "unused-disable": { "$ref": "#/definitions/severity", "description": "a suppression comment silences nothing (default: warning)" }, "missing-disable-reason": { "$ref": "#/definitions/severity", "description": "a suppression comment gives no reason (reported with --require-disable-reason) (default: warning)" }, "fix-failed": { "$ref": "#/definitions/severity", "description": "a fix was not applied: the fixed file would not parse, or would keep the finding (default: warning)" } } };
var schema16 = { "enum": ["off", "info", "warning", "error"] };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func3.call(schema15.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data["remote-artifact"] !== void 0) {
      let data0 = data["remote-artifact"];
      if (!(data0 === "off" || data0 === "info" || data0 === "warning" || data0 === "error")) {
        const err1 = { instancePath: instancePath + "/remote-artifact", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data["remote-template"] !== void 0) {
      let data1 = data["remote-template"];
      if (!(data1 === "off" || data1 === "info" || data1 === "warning" || data1 === "error")) {
        const err2 = { instancePath: instancePath + "/remote-template", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data["remote-dispatch-payload"] !== void 0) {
      let data2 = data["remote-dispatch-payload"];
      if (!(data2 === "off" || data2 === "info" || data2 === "warning" || data2 === "error")) {
        const err3 = { instancePath: instancePath + "/remote-dispatch-payload", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data["remote-volume"] !== void 0) {
      let data3 = data["remote-volume"];
      if (!(data3 === "off" || data3 === "info" || data3 === "warning" || data3 === "error")) {
        const err4 = { instancePath: instancePath + "/remote-volume", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data3 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data["remote-ephemeral-disk"] !== void 0) {
      let data4 = data["remote-ephemeral-disk"];
      if (!(data4 === "off" || data4 === "info" || data4 === "warning" || data4 === "error")) {
        const err5 = { instancePath: instancePath + "/remote-ephemeral-disk", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data4 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data["remote-connect"] !== void 0) {
      let data5 = data["remote-connect"];
      if (!(data5 === "off" || data5 === "info" || data5 === "warning" || data5 === "error")) {
        const err6 = { instancePath: instancePath + "/remote-connect", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data5 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data["remote-network"] !== void 0) {
      let data6 = data["remote-network"];
      if (!(data6 === "off" || data6 === "info" || data6 === "warning" || data6 === "error")) {
        const err7 = { instancePath: instancePath + "/remote-network", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data6 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data["remote-vault"] !== void 0) {
      let data7 = data["remote-vault"];
      if (!(data7 === "off" || data7 === "info" || data7 === "warning" || data7 === "error")) {
        const err8 = { instancePath: instancePath + "/remote-vault", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data7 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data["remote-resources"] !== void 0) {
      let data8 = data["remote-resources"];
      if (!(data8 === "off" || data8 === "info" || data8 === "warning" || data8 === "error")) {
        const err9 = { instancePath: instancePath + "/remote-resources", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data8 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data["remote-identity-file"] !== void 0) {
      let data9 = data["remote-identity-file"];
      if (!(data9 === "off" || data9 === "info" || data9 === "warning" || data9 === "error")) {
        const err10 = { instancePath: instancePath + "/remote-identity-file", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data9 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data["remote-consul-token"] !== void 0) {
      let data10 = data["remote-consul-token"];
      if (!(data10 === "off" || data10 === "info" || data10 === "warning" || data10 === "error")) {
        const err11 = { instancePath: instancePath + "/remote-consul-token", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data10 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data["remote-csi-plugin"] !== void 0) {
      let data11 = data["remote-csi-plugin"];
      if (!(data11 === "off" || data11 === "info" || data11 === "warning" || data11 === "error")) {
        const err12 = { instancePath: instancePath + "/remote-csi-plugin", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data11 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data["remote-logs"] !== void 0) {
      let data12 = data["remote-logs"];
      if (!(data12 === "off" || data12 === "info" || data12 === "warning" || data12 === "error")) {
        const err13 = { instancePath: instancePath + "/remote-logs", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data12 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data["remote-pinned-node"] !== void 0) {
      let data13 = data["remote-pinned-node"];
      if (!(data13 === "off" || data13 === "info" || data13 === "warning" || data13 === "error")) {
        const err14 = { instancePath: instancePath + "/remote-pinned-node", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data13 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data["remote-tasks-removed"] !== void 0) {
      let data14 = data["remote-tasks-removed"];
      if (!(data14 === "off" || data14 === "info" || data14 === "warning" || data14 === "error")) {
        const err15 = { instancePath: instancePath + "/remote-tasks-removed", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data14 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data["remote-tasks-unavailable"] !== void 0) {
      let data15 = data["remote-tasks-unavailable"];
      if (!(data15 === "off" || data15 === "info" || data15 === "warning" || data15 === "error")) {
        const err16 = { instancePath: instancePath + "/remote-tasks-unavailable", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data15 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data["unknown-driver"] !== void 0) {
      let data16 = data["unknown-driver"];
      if (!(data16 === "off" || data16 === "info" || data16 === "warning" || data16 === "error")) {
        const err17 = { instancePath: instancePath + "/unknown-driver", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data16 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data["driver-config"] !== void 0) {
      let data17 = data["driver-config"];
      if (!(data17 === "off" || data17 === "info" || data17 === "warning" || data17 === "error")) {
        const err18 = { instancePath: instancePath + "/driver-config", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data17 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data["input-limit"] !== void 0) {
      let data18 = data["input-limit"];
      if (!(data18 === "off" || data18 === "info" || data18 === "warning" || data18 === "error")) {
        const err19 = { instancePath: instancePath + "/input-limit", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data18 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data["jobspec-schema"] !== void 0) {
      let data19 = data["jobspec-schema"];
      if (!(data19 === "off" || data19 === "info" || data19 === "warning" || data19 === "error")) {
        const err20 = { instancePath: instancePath + "/jobspec-schema", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data19 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data["variable-value"] !== void 0) {
      let data20 = data["variable-value"];
      if (!(data20 === "off" || data20 === "info" || data20 === "warning" || data20 === "error")) {
        const err21 = { instancePath: instancePath + "/variable-value", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data20 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data["variable-unset"] !== void 0) {
      let data21 = data["variable-unset"];
      if (!(data21 === "off" || data21 === "info" || data21 === "warning" || data21 === "error")) {
        const err22 = { instancePath: instancePath + "/variable-unset", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data21 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data["variable-undeclared"] !== void 0) {
      let data22 = data["variable-undeclared"];
      if (!(data22 === "off" || data22 === "info" || data22 === "warning" || data22 === "error")) {
        const err23 = { instancePath: instancePath + "/variable-undeclared", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data22 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data["jobspec-template"] !== void 0) {
      let data23 = data["jobspec-template"];
      if (!(data23 === "off" || data23 === "info" || data23 === "warning" || data23 === "error")) {
        const err24 = { instancePath: instancePath + "/jobspec-template", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data23 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data["unread-block"] !== void 0) {
      let data24 = data["unread-block"];
      if (!(data24 === "off" || data24 === "info" || data24 === "warning" || data24 === "error")) {
        const err25 = { instancePath: instancePath + "/unread-block", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data24 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data["local-cycle"] !== void 0) {
      let data25 = data["local-cycle"];
      if (!(data25 === "off" || data25 === "info" || data25 === "warning" || data25 === "error")) {
        const err26 = { instancePath: instancePath + "/local-cycle", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data25 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data["expression-error"] !== void 0) {
      let data26 = data["expression-error"];
      if (!(data26 === "off" || data26 === "info" || data26 === "warning" || data26 === "error")) {
        const err27 = { instancePath: instancePath + "/expression-error", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data26 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data["unresolved-value"] !== void 0) {
      let data27 = data["unresolved-value"];
      if (!(data27 === "off" || data27 === "info" || data27 === "warning" || data27 === "error")) {
        const err28 = { instancePath: instancePath + "/unresolved-value", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data27 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data["unknown-rule"] !== void 0) {
      let data28 = data["unknown-rule"];
      if (!(data28 === "off" || data28 === "info" || data28 === "warning" || data28 === "error")) {
        const err29 = { instancePath: instancePath + "/unknown-rule", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data28 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data["unused-disable"] !== void 0) {
      let data29 = data["unused-disable"];
      if (!(data29 === "off" || data29 === "info" || data29 === "warning" || data29 === "error")) {
        const err30 = { instancePath: instancePath + "/unused-disable", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data29 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data["missing-disable-reason"] !== void 0) {
      let data30 = data["missing-disable-reason"];
      if (!(data30 === "off" || data30 === "info" || data30 === "warning" || data30 === "error")) {
        const err31 = { instancePath: instancePath + "/missing-disable-reason", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data30 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data["fix-failed"] !== void 0) {
      let data31 = data["fix-failed"];
      if (!(data31 === "off" || data31 === "info" || data31 === "warning" || data31 === "error")) {
        const err32 = { instancePath: instancePath + "/fix-failed", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data31 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
  } else {
    const err33 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
var pattern4 = new RegExp("^v?\\d+\\.\\d+(\\.\\d+)?$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func3.call(schema14.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.$schema.type, parentSchema: schema14.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.root !== void 0) {
      let data1 = data.root;
      if (typeof data1 !== "boolean") {
        const err2 = { instancePath: instancePath + "/root", schemaPath: "#/properties/root/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema14.properties.root.type, parentSchema: schema14.properties.root, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      if (!validate12(data.rules, { instancePath: instancePath + "/rules", parentData: data, parentDataProperty: "rules", rootData })) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
    if (data.drivers !== void 0) {
      let data3 = data.drivers;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 !== "string" && !(data4 && typeof data4 == "object" && !Array.isArray(data4))) {
            const err3 = { instancePath: instancePath + "/drivers/" + i0, schemaPath: "#/properties/drivers/items/type", keyword: "type", params: { type: schema14.properties.drivers.items.type }, message: "must be string,object", schema: schema14.properties.drivers.items.type, parentSchema: schema14.properties.drivers.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          const _errs11 = errors;
          let valid3 = true;
          const _errs12 = errors;
          if (!(data4 && typeof data4 == "object" && !Array.isArray(data4))) {
            const err4 = {};
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          var _valid0 = _errs12 === errors;
          errors = _errs11;
          if (vErrors !== null) {
            if (_errs11) {
              vErrors.length = _errs11;
            } else {
              vErrors = null;
            }
          }
          let ifClause0;
          if (_valid0) {
            const _errs14 = errors;
            if (!validate10(data4, { instancePath: instancePath + "/drivers/" + i0, parentData: data3, parentDataProperty: i0, rootData })) {
              vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
              errors = vErrors.length;
            }
            var _valid0 = _errs14 === errors;
            valid3 = _valid0;
            ifClause0 = "then";
          } else {
            const _errs15 = errors;
            if (typeof data4 === "string") {
              if (func2(data4) < 1) {
                const err5 = { instancePath: instancePath + "/drivers/" + i0, schemaPath: "#/properties/drivers/items/else/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties.drivers.items.else, data: data4 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            var _valid0 = _errs15 === errors;
            valid3 = _valid0;
            ifClause0 = "else";
          }
          if (!valid3) {
            const err6 = { instancePath: instancePath + "/drivers/" + i0, schemaPath: "#/properties/drivers/items/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema14.properties.drivers.items.if, parentSchema: schema14.properties.drivers.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/drivers", schemaPath: "#/properties/drivers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.drivers.type, parentSchema: schema14.properties.drivers, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.files !== void 0) {
      let data5 = data.files;
      if (Array.isArray(data5)) {
        const len1 = data5.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data6 = data5[i1];
          if (typeof data6 === "string") {
            if (func2(data6) < 1) {
              const err8 = { instancePath: instancePath + "/files/" + i1, schemaPath: "#/properties/files/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties.files.items, data: data6 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/files/" + i1, schemaPath: "#/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.files.items.type, parentSchema: schema14.properties.files.items, data: data6 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.files.type, parentSchema: schema14.properties.files, data: data5 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.ignores !== void 0) {
      let data7 = data.ignores;
      if (Array.isArray(data7)) {
        const len2 = data7.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data8 = data7[i2];
          if (typeof data8 === "string") {
            if (func2(data8) < 1) {
              const err11 = { instancePath: instancePath + "/ignores/" + i2, schemaPath: "#/properties/ignores/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties.ignores.items, data: data8 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/ignores/" + i2, schemaPath: "#/properties/ignores/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.ignores.items.type, parentSchema: schema14.properties.ignores.items, data: data8 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/ignores", schemaPath: "#/properties/ignores/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.ignores.type, parentSchema: schema14.properties.ignores, data: data7 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.ignorePatterns !== void 0) {
      let data9 = data.ignorePatterns;
      if (Array.isArray(data9)) {
        const len3 = data9.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data10 = data9[i3];
          if (typeof data10 === "string") {
            if (func2(data10) < 1) {
              const err14 = { instancePath: instancePath + "/ignorePatterns/" + i3, schemaPath: "#/properties/ignorePatterns/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties.ignorePatterns.items, data: data10 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/ignorePatterns/" + i3, schemaPath: "#/properties/ignorePatterns/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.ignorePatterns.items.type, parentSchema: schema14.properties.ignorePatterns.items, data: data10 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/ignorePatterns", schemaPath: "#/properties/ignorePatterns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.ignorePatterns.type, parentSchema: schema14.properties.ignorePatterns, data: data9 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.hcl2Strict !== void 0) {
      let data11 = data.hcl2Strict;
      if (typeof data11 !== "boolean") {
        const err17 = { instancePath: instancePath + "/hcl2Strict", schemaPath: "#/properties/hcl2Strict/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema14.properties.hcl2Strict.type, parentSchema: schema14.properties.hcl2Strict, data: data11 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.overrides !== void 0) {
      let data12 = data.overrides;
      if (Array.isArray(data12)) {
        const len4 = data12.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data13 = data12[i4];
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            if (data13.files === void 0) {
              const err18 = { instancePath: instancePath + "/overrides/" + i4, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'", schema: schema14.properties.overrides.items.required, parentSchema: schema14.properties.overrides.items, data: data13 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            for (const key1 in data13) {
              if (!(key1 === "files" || key1 === "rules")) {
                const err19 = { instancePath: instancePath + "/overrides/" + i4, schemaPath: "#/properties/overrides/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14.properties.overrides.items, data: data13 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data13.files !== void 0) {
              let data14 = data13.files;
              if (Array.isArray(data14)) {
                if (data14.length < 1) {
                  const err20 = { instancePath: instancePath + "/overrides/" + i4 + "/files", schemaPath: "#/properties/overrides/items/properties/files/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema14.properties.overrides.items.properties.files, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
                const len5 = data14.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  let data15 = data14[i5];
                  if (typeof data15 === "string") {
                    if (func2(data15) < 1) {
                      const err21 = { instancePath: instancePath + "/overrides/" + i4 + "/files/" + i5, schemaPath: "#/properties/overrides/items/properties/files/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties.overrides.items.properties.files.items, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err21];
                      } else {
                        vErrors.push(err21);
                      }
                      errors++;
                    }
                  } else {
                    const err22 = { instancePath: instancePath + "/overrides/" + i4 + "/files/" + i5, schemaPath: "#/properties/overrides/items/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.overrides.items.properties.files.items.type, parentSchema: schema14.properties.overrides.items.properties.files.items, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                }
              } else {
                const err23 = { instancePath: instancePath + "/overrides/" + i4 + "/files", schemaPath: "#/properties/overrides/items/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.overrides.items.properties.files.type, parentSchema: schema14.properties.overrides.items.properties.files, data: data14 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data13.rules !== void 0) {
              if (!validate12(data13.rules, { instancePath: instancePath + "/overrides/" + i4 + "/rules", parentData: data13, parentDataProperty: "rules", rootData })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/overrides/" + i4, schemaPath: "#/properties/overrides/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.overrides.items.type, parentSchema: schema14.properties.overrides.items, data: data13 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.overrides.type, parentSchema: schema14.properties.overrides, data: data12 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.nomadVersion !== void 0) {
      let data17 = data.nomadVersion;
      if (typeof data17 === "string") {
        if (!pattern4.test(data17)) {
          const err26 = { instancePath: instancePath + "/nomadVersion", schemaPath: "#/properties/nomadVersion/pattern", keyword: "pattern", params: { pattern: "^v?\\d+\\.\\d+(\\.\\d+)?$" }, message: 'must match pattern "^v?\\d+\\.\\d+(\\.\\d+)?$"', schema: "^v?\\d+\\.\\d+(\\.\\d+)?$", parentSchema: schema14.properties.nomadVersion, data: data17 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = { instancePath: instancePath + "/nomadVersion", schemaPath: "#/properties/nomadVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.nomadVersion.type, parentSchema: schema14.properties.nomadVersion, data: data17 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
  } else {
    const err28 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var config_ecs = validate16;
var schema48 = { "description": "Task config of nomad-driver-ecs (taskConfigSpec in ecs/driver.go): every field optional.", "type": "object", "additionalProperties": false, "properties": { "task": { "type": "array", "maxItems": 1, "items": { "type": "object", "additionalProperties": false, "properties": { "launch_type": { "description": "Only EC2 and FARGATE are passed on; the driver silently ignores any other value (ecs/ecs.go).", "enum": ["EC2", "FARGATE"] }, "task_definition": { "description": "family:revision or ARN of an existing task definition", "type": "string" }, "network_configuration": { "type": "array", "maxItems": 1, "items": { "type": "object", "additionalProperties": false, "properties": { "aws_vpc_configuration": { "type": "array", "maxItems": 1, "items": { "type": "object", "additionalProperties": false, "properties": { "assign_public_ip": { "enum": ["ENABLED", "DISABLED"] }, "security_groups": { "type": "array", "items": { "type": "string" } }, "subnets": { "type": "array", "items": { "type": "string" } } } } } } } } } } } }, "$id": "driver-config:ecs" };
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "task")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.task !== void 0) {
      let data0 = data.task;
      if (Array.isArray(data0)) {
        if (data0.length > 1) {
          const err1 = { instancePath: instancePath + "/task", schemaPath: "#/properties/task/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema48.properties.task, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            for (const key1 in data1) {
              if (!(key1 === "launch_type" || key1 === "task_definition" || key1 === "network_configuration")) {
                const err2 = { instancePath: instancePath + "/task/" + i0, schemaPath: "#/properties/task/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48.properties.task.items, data: data1 };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
            if (data1.launch_type !== void 0) {
              let data2 = data1.launch_type;
              if (!(data2 === "EC2" || data2 === "FARGATE")) {
                const err3 = { instancePath: instancePath + "/task/" + i0 + "/launch_type", schemaPath: "#/properties/task/items/properties/launch_type/enum", keyword: "enum", params: { allowedValues: schema48.properties.task.items.properties.launch_type.enum }, message: "must be equal to one of the allowed values", schema: schema48.properties.task.items.properties.launch_type.enum, parentSchema: schema48.properties.task.items.properties.launch_type, data: data2 };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            if (data1.task_definition !== void 0) {
              let data3 = data1.task_definition;
              if (typeof data3 !== "string") {
                const err4 = { instancePath: instancePath + "/task/" + i0 + "/task_definition", schemaPath: "#/properties/task/items/properties/task_definition/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.task.items.properties.task_definition.type, parentSchema: schema48.properties.task.items.properties.task_definition, data: data3 };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data1.network_configuration !== void 0) {
              let data4 = data1.network_configuration;
              if (Array.isArray(data4)) {
                if (data4.length > 1) {
                  const err5 = { instancePath: instancePath + "/task/" + i0 + "/network_configuration", schemaPath: "#/properties/task/items/properties/network_configuration/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema48.properties.task.items.properties.network_configuration, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
                const len1 = data4.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data5 = data4[i1];
                  if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                    for (const key2 in data5) {
                      if (!(key2 === "aws_vpc_configuration")) {
                        const err6 = { instancePath: instancePath + "/task/" + i0 + "/network_configuration/" + i1, schemaPath: "#/properties/task/items/properties/network_configuration/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48.properties.task.items.properties.network_configuration.items, data: data5 };
                        if (vErrors === null) {
                          vErrors = [err6];
                        } else {
                          vErrors.push(err6);
                        }
                        errors++;
                      }
                    }
                    if (data5.aws_vpc_configuration !== void 0) {
                      let data6 = data5.aws_vpc_configuration;
                      if (Array.isArray(data6)) {
                        if (data6.length > 1) {
                          const err7 = { instancePath: instancePath + "/task/" + i0 + "/network_configuration/" + i1 + "/aws_vpc_configuration", schemaPath: "#/properties/task/items/properties/network_configuration/items/properties/aws_vpc_configuration/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema48.properties.task.items.properties.network_configuration.items.properties.aws_vpc_configuration, data: data6 };
                          if (vErrors === null) {
                            vErrors = [err7];
                          } else {
                            vErrors.push(err7);
                          }
                          errors++;
                        }
                        const len2 = data6.length;
                        for (let i2 = 0; i2 < len2; i2++) {
                          let data7 = data6[i2];
                          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                            for (const key3 in data7) {
                              if (!(key3 === "assign_public_ip" || key3 === "security_groups" || key3 === "subnets")) {
                                const err8 = { instancePath: instancePath + "/task/" + i0 + "/network_configuration/" + i1 + "/aws_vpc_configuration/" + i2, schemaPath: "#/properties/task/items/properties/network_configuration/items/properties/aws_vpc_configuration/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48.properties.task.items.properties.network_configuration.items.properties.aws_vpc_configuration.items, data: data7 };
                                if (vErrors === null) {
                                  vErrors = [err8];
                                } else {
                                  vErrors.push(err8);
                                }
                                errors++;
                              }
                            }
                            if (data7.assign_public_ip !== void 0) {
                              let data8 = data7.assign_public_ip;
                              if (!(data8 === "ENABLED" || data8 === "DISABLED")) {
                                const err9 = { instancePath: instancePath + "/task/" + i0 + "/network_configuration/" + i1 + "/aws_vpc_configuration/" + i2 + "/assign_public_ip", schemaPath: "#/properties/task/items/properties/network_configuration/items/properties/aws_vpc_configuration/items/properties/assign_public_ip/enum", keyword: "enum", params: { allowedValues: schema48.properties.task.items.properties.network_configuration.items.properties.aws_vpc_configuration.items.properties.assign_public_ip.enum }, message: "must be equal to one of the allowed values", schema: schema48.properties.task.items.properties.network_configuration.items.properties.aws_vpc_configuration.items.properties.assign_public_ip.enum, parentSchema: schema48.properties.task.items.properties.network_configuration.items.properties.aws_vpc_configuration.items.properties.assign_public_ip, data: data8 };
                                if (vErrors === null) {
                                  vErrors = [err9];
                                } else {
                                  vErrors.push(err9);
                                }
                                errors++;
                              }
                            }
                            if (data7.security_groups !== void 0) {
                              let data9 = data7.security_groups;
                              if (Array.isArray(data9)) {
                                const len3 = data9.length;
                                for (let i3 = 0; i3 < len3; i3++) {
                                  let data10 = data9[i3];
                                  if (typeof data10 !== "string") {
                                    const err10 = { instancePath: instancePath + "/task/" + i0 + "/network_configuration/" + i1 + "/aws_vpc_configuration/" + i2 + "/security_groups/" + i3, schemaPath: "#/properties/task/items/properties/network_configuration/items/properties/aws_vpc_configuration/items/properties/security_groups/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.task.items.properties.network_configuration.items.properties.aws_vpc_configuration.items.properties.security_groups.items.type, parentSchema: schema48.properties.task.items.properties.network_configuration.items.properties.aws_vpc_configuration.items.properties.security_groups.items, data: data10 };
                                    if (vErrors === null) {
                                      vErrors = [err10];
                                    } else {
                                      vErrors.push(err10);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err11 = { instancePath: instancePath + "/task/" + i0 + "/network_configuration/" + i1 + "/aws_vpc_configuration/" + i2 + "/security_groups", schemaPath: "#/properties/task/items/properties/network_configuration/items/properties/aws_vpc_configuration/items/properties/security_groups/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema48.properties.task.items.properties.network_configuration.items.properties.aws_vpc_configuration.items.properties.security_groups.type, parentSchema: schema48.properties.task.items.properties.network_configuration.items.properties.aws_vpc_configuration.items.properties.security_groups, data: data9 };
                                if (vErrors === null) {
                                  vErrors = [err11];
                                } else {
                                  vErrors.push(err11);
                                }
                                errors++;
                              }
                            }
                            if (data7.subnets !== void 0) {
                              let data11 = data7.subnets;
                              if (Array.isArray(data11)) {
                                const len4 = data11.length;
                                for (let i4 = 0; i4 < len4; i4++) {
                                  let data12 = data11[i4];
                                  if (typeof data12 !== "string") {
                                    const err12 = { instancePath: instancePath + "/task/" + i0 + "/network_configuration/" + i1 + "/aws_vpc_configuration/" + i2 + "/subnets/" + i4, schemaPath: "#/properties/task/items/properties/network_configuration/items/properties/aws_vpc_configuration/items/properties/subnets/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.task.items.properties.network_configuration.items.properties.aws_vpc_configuration.items.properties.subnets.items.type, parentSchema: schema48.properties.task.items.properties.network_configuration.items.properties.aws_vpc_configuration.items.properties.subnets.items, data: data12 };
                                    if (vErrors === null) {
                                      vErrors = [err12];
                                    } else {
                                      vErrors.push(err12);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err13 = { instancePath: instancePath + "/task/" + i0 + "/network_configuration/" + i1 + "/aws_vpc_configuration/" + i2 + "/subnets", schemaPath: "#/properties/task/items/properties/network_configuration/items/properties/aws_vpc_configuration/items/properties/subnets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema48.properties.task.items.properties.network_configuration.items.properties.aws_vpc_configuration.items.properties.subnets.type, parentSchema: schema48.properties.task.items.properties.network_configuration.items.properties.aws_vpc_configuration.items.properties.subnets, data: data11 };
                                if (vErrors === null) {
                                  vErrors = [err13];
                                } else {
                                  vErrors.push(err13);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err14 = { instancePath: instancePath + "/task/" + i0 + "/network_configuration/" + i1 + "/aws_vpc_configuration/" + i2, schemaPath: "#/properties/task/items/properties/network_configuration/items/properties/aws_vpc_configuration/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.properties.task.items.properties.network_configuration.items.properties.aws_vpc_configuration.items.type, parentSchema: schema48.properties.task.items.properties.network_configuration.items.properties.aws_vpc_configuration.items, data: data7 };
                            if (vErrors === null) {
                              vErrors = [err14];
                            } else {
                              vErrors.push(err14);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err15 = { instancePath: instancePath + "/task/" + i0 + "/network_configuration/" + i1 + "/aws_vpc_configuration", schemaPath: "#/properties/task/items/properties/network_configuration/items/properties/aws_vpc_configuration/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema48.properties.task.items.properties.network_configuration.items.properties.aws_vpc_configuration.type, parentSchema: schema48.properties.task.items.properties.network_configuration.items.properties.aws_vpc_configuration, data: data6 };
                        if (vErrors === null) {
                          vErrors = [err15];
                        } else {
                          vErrors.push(err15);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err16 = { instancePath: instancePath + "/task/" + i0 + "/network_configuration/" + i1, schemaPath: "#/properties/task/items/properties/network_configuration/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.properties.task.items.properties.network_configuration.items.type, parentSchema: schema48.properties.task.items.properties.network_configuration.items, data: data5 };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                }
              } else {
                const err17 = { instancePath: instancePath + "/task/" + i0 + "/network_configuration", schemaPath: "#/properties/task/items/properties/network_configuration/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema48.properties.task.items.properties.network_configuration.type, parentSchema: schema48.properties.task.items.properties.network_configuration, data: data4 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/task/" + i0, schemaPath: "#/properties/task/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.properties.task.items.type, parentSchema: schema48.properties.task.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/task", schemaPath: "#/properties/task/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema48.properties.task.type, parentSchema: schema48.properties.task, data: data0 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}
var shippedConfigSchemas = { "ecs": '{"description":"Task config of nomad-driver-ecs (taskConfigSpec in ecs/driver.go): every field optional.","type":"object","additionalProperties":false,"properties":{"task":{"type":"array","maxItems":1,"items":{"type":"object","additionalProperties":false,"properties":{"launch_type":{"description":"Only EC2 and FARGATE are passed on; the driver silently ignores any other value (ecs/ecs.go).","enum":["EC2","FARGATE"]},"task_definition":{"description":"family:revision or ARN of an existing task definition","type":"string"},"network_configuration":{"type":"array","maxItems":1,"items":{"type":"object","additionalProperties":false,"properties":{"aws_vpc_configuration":{"type":"array","maxItems":1,"items":{"type":"object","additionalProperties":false,"properties":{"assign_public_ip":{"enum":["ENABLED","DISABLED"]},"security_groups":{"type":"array","items":{"type":"string"}},"subnets":{"type":"array","items":{"type":"string"}}}}}}}}}}}}}' };

// src/util/validators.ts
function projectValidator(name) {
  return schema_validators_exports[name];
}
var shippedValidators = /* @__PURE__ */ new WeakMap();
function shippedConfigValidator(driver2, schema) {
  let v = shippedValidators.get(schema);
  if (v === void 0) {
    const shipped2 = shippedConfigSchemas[driver2];
    const same = shipped2 !== void 0 && shipped2 === JSON.stringify(schema);
    v = same ? schema_validators_exports[`config_${driver2.replace(/\W/g, "_")}`] ?? null : null;
    shippedValidators.set(schema, v);
  }
  return v ?? void 0;
}

// src/drivers/task-config.ts
var UNKNOWN = "\0unknown";
var ajv;
var compiled2 = /* @__PURE__ */ new WeakMap();
var prepared = /* @__PURE__ */ new WeakSet();
async function prepareConfigValidators(registry) {
  if (prepared.has(registry)) return;
  for (const driver2 of registry.all) {
    const schema = driver2.spec.config;
    if (schema === void 0 || compiled2.has(schema) || shippedConfigValidator(driver2.spec.name, schema) !== void 0) continue;
    ajv ??= (await Promise.resolve().then(() => (init_ajv(), ajv_exports))).createAjv({ strict: false });
    try {
      compiled2.set(schema, ajv.compile(schema));
    } catch (error) {
      const origin2 = driver2.origin ?? driver2.spec.name;
      throw new UsageError(`${origin2}: invalid driver file: /config is not a usable JSON Schema: ${error.message}`);
    }
  }
  prepared.add(registry);
}
function configValidator(spec, origin2) {
  const schema = spec.config;
  if (schema === void 0) return void 0;
  const v = compiled2.get(schema) ?? shippedConfigValidator(spec.name, schema);
  if (v === void 0) throw new Error(`the config schema of driver ${JSON.stringify(spec.name)} (${origin2}) was not prepared`);
  return v;
}
function plain2(v) {
  if (v instanceof Unknown) return UNKNOWN;
  if (Array.isArray(v)) return v.map(plain2);
  if (isObject2(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain2(x)]));
  return v;
}
function at(doc, path18) {
  let v = doc;
  for (const p of path18) {
    if (v === null || typeof v !== "object") return void 0;
    v = v[p];
  }
  return v;
}
function containsUnknown(v) {
  if (v === UNKNOWN) return true;
  if (Array.isArray(v)) return v.some(containsUnknown);
  if (v !== null && typeof v === "object") return Object.values(v).some(containsUnknown);
  return false;
}
function wrapObjectBlocks(validate, doc) {
  let wrapped = false;
  for (; ; ) {
    const targets = (validate.errors ?? []).filter((e) => e.keyword === "type" && e.params.type === "array");
    let changed = false;
    for (const e of targets) {
      const path18 = segments(e.instancePath);
      const key = path18.pop();
      const parent = at(doc, path18);
      if (key === void 0 || parent === null || typeof parent !== "object") continue;
      const value = parent[key];
      if (value === null || typeof value !== "object" || Array.isArray(value)) continue;
      parent[key] = [value];
      changed = wrapped = true;
    }
    if (!changed || validate(doc)) return wrapped;
  }
}
var segments = (instancePath) => instancePath === "" ? [] : instancePath.slice(1).split("/").map((s) => /^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, "/").replace(/~0/g, "~"));
function validateConfig(validate, body, where, objectsAreBlocks = false) {
  const doc = plain2(body);
  if (validate(doc)) return [];
  if (objectsAreBlocks && wrapObjectBlocks(validate, doc) && validate(doc)) return [];
  const out = [];
  for (const e of validate.errors ?? []) {
    const path18 = segments(e.instancePath);
    const value = at(doc, path18);
    if (containsUnknown(value)) continue;
    const params = e.params;
    const name = String(path18.filter((p) => typeof p === "string").pop() ?? "config");
    switch (e.keyword) {
      case "additionalProperties": {
        const key = String(params["additionalProperty"]);
        const known = Object.keys(e.parentSchema?.properties ?? {});
        const child = value[key];
        const kind = Array.isArray(child) && child.every((x) => x !== null && typeof x === "object") ? "block" : "attribute";
        const list2 = byCloseness(key, known).map((k) => JSON.stringify(k));
        out.push({ path: [...path18, key], message: `unexpected ${kind} ${JSON.stringify(key)} in ${where}${list2.length > 0 ? `. expected one of ${list2.join(", ")}` : ""}` });
        break;
      }
      case "type": {
        const want = String(params["type"]);
        if (want === "array" && value !== null && typeof value === "object" && !Array.isArray(value)) {
          out.push({ path: path18, message: `${name} is a block in ${where}: write ${name} { ... } without "="` });
        } else {
          const words = { array: "a list", object: "an object", string: "a string", number: "a number", integer: "a whole number", boolean: "a bool" };
          out.push({ path: path18, message: `${name} in ${where} must be ${words[want] ?? want}, got ${typeName(value)}` });
        }
        break;
      }
      case "enum":
        out.push({
          path: path18,
          message: `${name} in ${where} must be one of ${(params["allowedValues"] ?? []).map((x) => JSON.stringify(x)).join(", ")}, got ${JSON.stringify(value)}`
        });
        break;
      case "maxItems":
        out.push({ path: [...path18, 1], message: `only one ${name} block is allowed in ${where}` });
        break;
      case "required":
        out.push({ path: path18, message: `${where} lacks ${JSON.stringify(params["missingProperty"])}` });
        break;
      default:
        out.push({ path: path18, message: `${name} in ${where}: ${e.message ?? e.keyword}` });
    }
  }
  return out;
}

// src/engine/describe.ts
init_import_meta_url();
function describeTask(task, driver2) {
  return `task ${JSON.stringify(task.name)}${driver2 === void 0 ? "" : ` (driver ${JSON.stringify(driver2)})`}`;
}
function describeGroup(group) {
  return `group ${JSON.stringify(group.name)}`;
}
function describeJob(job) {
  return `job ${JSON.stringify(job.name)}`;
}
function describeService(ctx, service, siblings) {
  const name = ctx.string(service.attributes.get("name"));
  return name === void 0 ? `service #${siblings.indexOf(service) + 1}` : `service ${JSON.stringify(name)}`;
}
function listing(items) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
function describeItem(item) {
  return item.kind === "block" ? `the ${[item.type, ...item.labels.map((l) => JSON.stringify(l))].join(" ")} block` : `the ${item.name} attribute`;
}

// rules/driver-config.ts
var driver_config_default = defineRule({
  meta: {
    id: "driver-config",
    severity: "error",
    description: "the task config does not fit the schema its driver's capability file gives",
    rationale: 'Nomad passes a task\'s `config` block to the driver untouched; only the driver checks it, on the client, when the task starts, so a misspelt key or a value of the wrong type fails at run time, or for fields the driver reads loosely is silently ignored (the ECS driver passes on `launch_type` only when it is "EC2" or "FARGATE"). A driver capability file can carry a JSON Schema of its config (in the JSON form of the block: blocks are lists of objects), and the linter checks every task of that driver against it.',
    fix: "Correct the key or value at the reported position; the message lists the names the driver accepts, closest first.",
    docs: [jobspecDoc("task"), { title: "Driver capability files (nomad-remote-lint README)", url: "https://github.com/nomad-remote-lint/nomad-remote-lint#driver-capability-files" }]
  },
  check(ctx) {
    for (const task of ctx.tasks) {
      const driver2 = ctx.driverOf(task);
      if (driver2.spec === void 0 || driver2.name === void 0) continue;
      const validate = configValidator(driver2.spec, driver2.origin ?? driver2.name);
      if (validate === void 0) continue;
      const where = `the config of ${ctx.describeTask(task)}`;
      for (const config2 of blocksOf(task.block, "config")) {
        const body = Object.fromEntries([...config2.attributes].map(([name, attr]) => [name, ctx.value(attr)]));
        for (const finding of validateConfig(validate, body, where, ctx.jsonSyntax)) {
          ctx.report({ at: { path: [...config2.path, ...finding.path] }, task, message: finding.message });
        }
      }
    }
  }
});

// rules/remote-artifact.ts
init_import_meta_url();
var remote_artifact_default = defineRule({
  meta: {
    id: "remote-artifact",
    severity: "error",
    feature: "artifact",
    description: "artifact blocks in remote tasks are never downloaded",
    rationale: "Nomad downloads artifacts into the task's directory on the client (`local/` by default) before the task starts. A remote task driver runs the task in another runtime that does not see the client's allocation directory, so the files never reach the task, and Nomad says nothing about it.",
    fix: 'Remove the `artifact` block and bake the files into the image or fetch them in the remote runtime (for ECS, in the task definition). If the driver copies the allocation directory to its runtime, declare `"provides": ["artifact"]` in its capability file.',
    docs: [REMOTE_DRIVERS_DOC, jobspecDoc("artifact")]
  },
  check(ctx) {
    for (const { task, block } of ctx.remoteTaskBlocks("artifact")) {
      ctx.report({ at: block, task, message: `artifact in ${ctx.describeTask(task)} is never downloaded: remote tasks have no local allocation directory` });
    }
  }
});

// rules/remote-connect.ts
init_import_meta_url();
function reason(ctx, connect) {
  return ctx.bool(connect.attributes.get("native")) === true ? { what: "connect native", why: "a native Connect task needs the Consul agent's socket and the certificates Nomad writes to its secrets directory, both on the Nomad client" } : { what: "connect", why: "the sidecar runs on the Nomad client" };
}
var remote_connect_default = defineRule({
  meta: {
    id: "remote-connect",
    severity: "error",
    feature: "connect",
    description: "Consul Connect for remote tasks runs on the Nomad client, out of the task's reach: its sidecar, or what a native task needs",
    rationale: "For a service with `connect`, Nomad injects an Envoy sidecar task (docker unless set otherwise) into the group and puts it in the group's bridge network namespace on the client. A remote task is not in that namespace, so the sidecar cannot proxy for it: the Remote Task Drivers docs state that Consul Connect sidecars will not work as expected. A native Connect service (`native = true`) has no sidecar, but the task itself must talk to Consul: Nomad points `CONSUL_HTTP_ADDR` at the agent (a socket in the allocation directory in bridge mode) and copies the agent's TLS certificates and the service identity token into the task's `secrets/` directory, all on the client, where a remote task reads none of it.",
    fix: "Remove `connect` from services of remote tasks and use the remote runtime's own service mesh (for ECS, App Mesh or ECS Service Connect), or run the service on a local driver.",
    docs: [REMOTE_DRIVERS_DOC, jobspecDoc("connect")]
  },
  check(ctx) {
    for (const group of ctx.groups) {
      const services = blocksOf(group.block, "service");
      for (const service of services) {
        const connects = blocksOf(service, "connect");
        if (connects.length === 0 || !group.tasks.some((t) => ctx.isRemote(t, "connect"))) continue;
        const allRemote = ctx.isAllRemote(group, "connect");
        const taskName = allRemote ? void 0 : ctx.string(service.attributes.get("task"), `task of a service in ${describeGroup(group)}`);
        const task = taskName === void 0 ? void 0 : group.tasks.find((t) => t.name === taskName);
        if (!allRemote && (task === void 0 || !ctx.isRemote(task, "connect"))) continue;
        for (const connect of connects) {
          const { what, why } = reason(ctx, connect);
          const where = `${what} in ${describeService(ctx, service, services)} of ${describeGroup(group)}`;
          const message2 = allRemote ? `${where} cannot reach its tasks: every task of the group is remote and ${why}` : `${where} cannot reach ${ctx.describeTask(task)}: ${why}`;
          ctx.report({ at: connect, group, ...task ? { task } : {}, message: message2 });
        }
      }
    }
    for (const task of ctx.remoteTasks) {
      const services = blocksOf(task.block, "service");
      for (const service of services) {
        for (const connect of blocksOf(service, "connect")) {
          const { what, why } = reason(ctx, connect);
          ctx.report({ at: connect, task, message: `${what} in ${describeService(ctx, service, services)} of ${ctx.describeTask(task)} cannot reach the task: ${why}` });
        }
      }
    }
  }
});

// rules/remote-dispatch-payload.ts
init_import_meta_url();
var remote_dispatch_payload_default = defineRule({
  meta: {
    id: "remote-dispatch-payload",
    severity: "error",
    feature: "dispatch_payload",
    description: "dispatch_payload in remote tasks is written where the task cannot read it",
    rationale: "For a dispatched parameterized job, Nomad writes the payload to a file relative to the task's `local/` directory on the client. A remote task does not see that directory, so the payload is lost.",
    fix: 'Hand the input to the remote runtime another way (an object store or queue it can reach) and remove `dispatch_payload`. If the driver delivers the payload itself, declare `"provides": ["dispatch_payload"]` in its capability file.',
    docs: [REMOTE_DRIVERS_DOC, jobspecDoc("dispatch_payload")]
  },
  check(ctx) {
    for (const { task, block } of ctx.remoteTaskBlocks("dispatch_payload")) {
      ctx.report({ at: block, task, message: `dispatch_payload in ${ctx.describeTask(task)} is never delivered: the payload file is written to the local allocation directory` });
    }
  }
});

// rules/remote-ephemeral-disk.ts
init_import_meta_url();
var remote_ephemeral_disk_default = defineRule({
  meta: {
    id: "remote-ephemeral-disk",
    severity: "error",
    feature: "ephemeral_disk",
    description: "ephemeral_disk of a group whose tasks are all remote is never used",
    rationale: "The ephemeral disk is the allocation directory on the Nomad client; `sticky` and `migrate` move it between clients. When every task of the group runs on a remote driver, no task can use that disk, yet its size is still reserved on the client.",
    fix: "Remove the `ephemeral_disk` block and use storage the remote runtime provides (for ECS, ephemeral storage in the task definition).",
    docs: [REMOTE_DRIVERS_DOC, jobspecDoc("ephemeral_disk")]
  },
  check(ctx) {
    for (const { group, block } of ctx.allRemoteGroupBlocks("ephemeral_disk")) {
      ctx.report({ at: block, group, message: `ephemeral_disk of ${describeGroup(group)} is never used: every task of the group runs on a remote driver` });
    }
  }
});

// rules/remote-network.ts
init_import_meta_url();
var remote_network_default = defineRule({
  meta: {
    id: "remote-network",
    severity: "warning",
    feature: "network",
    description: "group networks of all-remote groups and task networks of remote tasks are not the task's network",
    rationale: "A group `network` is created on the Nomad client (a bridge or CNI namespace, ports reserved on the client's interfaces). When every task of the group is remote, none of them joins it. A `network` inside a task's `resources` is deprecated since Nomad 0.12 and, for a remote task, up to the driver, which the ECS driver ignores.",
    fix: "Configure networking in the remote runtime (for ECS, `network_configuration` in the task config) and remove the `network` block; keep it only if local tasks of the group need it.",
    docs: [REMOTE_DRIVERS_DOC, jobspecDoc("network")]
  },
  check(ctx) {
    for (const { group, block } of ctx.allRemoteGroupBlocks("network")) {
      ctx.report({ at: block, group, message: `network of ${describeGroup(group)} is created on the Nomad client, but every task of the group runs on a remote driver` });
    }
    for (const { task, block } of ctx.remoteTaskBlocks("resources")) {
      for (const network of blocksOf(block, "network")) {
        ctx.report({ at: network, task, message: `network in the resources of ${ctx.describeTask(task)} is not the task's network: task networks are up to the remote driver` });
      }
    }
  }
});

// rules/remote-resources.ts
init_import_meta_url();
var MIN_CPU = 1;
var MIN_MEMORY = 10;
var minimumOf = (resources) => (edit) => {
  const wanted = (name, value) => {
    const a = resources.attributes.get(name);
    return [name, a === void 0 || isLiteralNumber(a) ? value : void 0];
  };
  return edit.setAttributes(resources, [wanted("cpu", MIN_CPU), wanted("memory", MIN_MEMORY)], { remove: ["memory_max", "device"], replace: { cores: "cpu" } });
};
function origin(a) {
  const v = typeof a.value === "string" ? /^\$\{\s*var\.([A-Za-z_][A-Za-z0-9_-]*)\s*\}$/.exec(a.value) : null;
  if (v !== null) return `; the value comes from variable ${JSON.stringify(v[1])}: set it there`;
  return `; the value comes from the expression ${typeof a.value === "string" ? a.value.replace(/^\$\{\s*|\s*\}$/g, "") : JSON.stringify(a.value)}: change what it refers to`;
}
var remote_resources_default = defineRule({
  meta: {
    id: "remote-resources",
    severity: "warning",
    feature: "resources",
    fixable: true,
    description: "remote tasks should reserve the minimum resources: cpu = 1, memory = 10",
    rationale: "The `resources` block reserves CPU and memory on the Nomad client, which a remote task does not use; it only limits how many tasks a client can manage. Nomad's remote driver docs ask for the minimum allowed, `cpu = 1` and `memory = 10`, with the real sizes set in the driver's `config`. Without a `resources` block Nomad assumes 100 MHz and 300 MB, and `cores`, `memory_max` and `device` reserve client capacity the task never sees.",
    fix: "Set `resources { cpu = 1  memory = 10 }` in the remote task, remove `cores`, `memory_max` and `device`, and size the task in the remote runtime (for ECS, the task definition). `--fix` makes these edits where the values are written as literals; a value from a variable is changed where the variable is set.",
    docs: [REMOTE_DRIVERS_DOC, jobspecDoc("resources")]
  },
  check(ctx) {
    for (const task of ctx.remoteTasks) {
      const who = ctx.describeTask(task);
      const blocks = blocksOf(task.block, "resources");
      if (blocks.length === 0) {
        ctx.report({
          at: task.block,
          task,
          message: `${who} has no resources block, so Nomad reserves 100 MHz and 300 MB on the client: set cpu = ${MIN_CPU} and memory = ${MIN_MEMORY}`,
          suggestions: [],
          fix: (edit) => edit.insertBlock(task.block, "resources", [["cpu", MIN_CPU], ["memory", MIN_MEMORY]])
        });
        continue;
      }
      for (const resources of blocks) {
        const attr = (name) => resources.attributes.get(name);
        const cores = attr("cores");
        const fixed = { suggestions: [], fix: minimumOf(resources) };
        const missing = [];
        if (attr("cpu") === void 0 && cores === void 0) missing.push("cpu");
        if (attr("memory") === void 0) missing.push("memory");
        if (missing.length > 0) {
          const defaults = missing.map((m) => m === "cpu" ? "100 MHz" : "300 MB").join(" and ");
          const wanted = missing.map((m) => `${m} = ${m === "cpu" ? MIN_CPU : MIN_MEMORY}`).join(" and ");
          ctx.report({
            at: resources,
            task,
            message: `resources of ${who} do not set ${listing(missing)}, so Nomad reserves ${defaults} on the client: set ${wanted}`,
            ...fixed
          });
        }
        for (const [name, wanted] of [["cpu", MIN_CPU], ["memory", MIN_MEMORY]]) {
          const a = attr(name);
          const value = ctx.number(a, `${name} of task ${JSON.stringify(task.name)}`);
          if (a === void 0 || value === void 0 || value === wanted) continue;
          const literal = isLiteralNumber(a);
          ctx.report({
            at: a,
            task,
            message: `${name} = ${value} in ${who} reserves client capacity the remote task does not use: set ${name} = ${wanted}${literal ? "" : origin(a)}`,
            ...literal ? fixed : { suggestions: [] }
          });
        }
        if (cores !== void 0) {
          ctx.report({ at: cores, task, message: `cores in ${who} reserves whole client cores the remote task does not use: remove it and set cpu = ${MIN_CPU}`, ...fixed });
        }
        const memoryMax = attr("memory_max");
        if (memoryMax !== void 0) {
          ctx.report({ at: memoryMax, task, message: `memory_max in ${who} reserves client memory the remote task does not use: remove it`, ...fixed });
        }
        for (const device of blocksOf(resources, "device")) {
          ctx.report({
            at: device,
            task,
            message: `device ${JSON.stringify(device.labels[0] ?? "")} in ${who} is attached on the Nomad client, not to the remote task: remove it`,
            ...fixed
          });
        }
      }
    }
  }
});

// rules/remote-template.ts
init_import_meta_url();
var remote_template_default = defineRule({
  meta: {
    id: "remote-template",
    severity: "error",
    feature: "template",
    description: "template blocks in remote tasks are never rendered where the task can read them",
    rationale: "The Nomad client renders templates into the task's `local/` or `secrets/` directory (or into environment variables read from there). A remote task runs in another runtime that does not see the client's allocation directory, so the rendered files and `env = true` variables never reach it.",
    fix: 'Move the configuration into the remote runtime (for ECS, the task definition\'s environment or secrets) and remove the `template` block. If the driver copies the allocation directory to its runtime, declare `"provides": ["template"]` in its capability file.',
    docs: [REMOTE_DRIVERS_DOC, jobspecDoc("template")]
  },
  check(ctx) {
    for (const { task, block } of ctx.remoteTaskBlocks("template")) {
      ctx.report({ at: block, task, message: `template in ${ctx.describeTask(task)} is not rendered: remote tasks have no local allocation directory` });
    }
  }
});

// rules/remote-vault.ts
init_import_meta_url();
var remote_vault_default = defineRule({
  meta: {
    id: "remote-vault",
    severity: "warning",
    feature: "vault",
    description: "vault tokens of remote tasks are written to the client's secrets directory, out of the task's reach",
    rationale: "Nomad derives a Vault token for the task and writes it to `secrets/vault_token` in the allocation directory on the client (and into `VAULT_TOKEN` when the driver forwards the environment). A remote task does not see that directory. A `vault` block at job or group level is copied by Nomad into every task of its scope that has none of its own, so it reaches remote tasks too.",
    fix: "Give remote tasks their secrets through the remote runtime (for ECS, secrets in the task definition) and remove `vault` from them; move a job- or group-level `vault` into the local tasks that need it.",
    docs: [REMOTE_DRIVERS_DOC, jobspecDoc("vault")]
  },
  check(ctx) {
    const tokenNote = "the token is written to the secrets directory on the Nomad client";
    for (const job of ctx.jobs) {
      const jobHeirs = [];
      for (const group of job.groups) {
        const groupVaults = blocksOf(group.block, "vault");
        const groupHeirs = [];
        for (const task of group.tasks) {
          const own = blocksOf(task.block, "vault");
          const remote = ctx.isRemote(task, "vault");
          for (const vault of own) {
            if (remote) ctx.report({ at: vault, task, message: `vault in ${ctx.describeTask(task)} does not reach the task: ${tokenNote}` });
          }
          if (own.length > 0 || !remote) continue;
          (groupVaults.length > 0 ? groupHeirs : jobHeirs).push(task);
        }
        for (const vault of groupHeirs.length > 0 ? groupVaults : []) {
          ctx.report({
            at: vault,
            group,
            ...groupHeirs.length === 1 ? { task: groupHeirs[0] } : {},
            message: `vault of ${describeGroup(group)} is inherited by remote ${listing(groupHeirs.map((t) => ctx.describeTask(t)))}: ${tokenNote}`
          });
        }
      }
      for (const vault of jobHeirs.length > 0 ? blocksOf(job.block, "vault") : []) {
        ctx.report({
          at: vault,
          job,
          ...jobHeirs.length === 1 ? { task: jobHeirs[0] } : {},
          message: `vault of ${describeJob(job)} is inherited by remote ${listing(jobHeirs.map((t) => ctx.describeTask(t)))}: ${tokenNote}`
        });
      }
    }
  }
});

// rules/remote-volume.ts
init_import_meta_url();
var remote_volume_default = defineRule({
  meta: {
    id: "remote-volume",
    severity: "error",
    feature: "volume",
    description: "volumes and volume mounts of remote tasks are never mounted",
    rationale: "Host and CSI volumes are mounted on the Nomad client, into the allocation's directories. A remote task runs elsewhere, so a `volume_mount` in it mounts nothing, and a group `volume` that only remote tasks use claims a host or CSI volume for nothing.",
    fix: "Use storage the remote runtime provides (for ECS, EFS volumes in the task definition), then remove the `volume_mount` blocks and the group `volume` they referenced.",
    docs: [REMOTE_DRIVERS_DOC, jobspecDoc("volume"), jobspecDoc("volume_mount")]
  },
  check(ctx) {
    for (const group of ctx.groups) {
      if (!group.tasks.some((t) => ctx.isRemote(t, "volume"))) continue;
      const mounts = /* @__PURE__ */ new Map();
      for (const task of group.tasks) {
        const taskMounts = blocksOf(task.block, "volume_mount");
        mounts.set(task, taskMounts.map((m) => ctx.string(m.attributes.get("volume"), `volume of a volume_mount in task ${JSON.stringify(task.name)}`)));
        if (!ctx.isRemote(task, "volume")) continue;
        for (const mount of taskMounts) {
          ctx.report({
            at: mount,
            task,
            message: `volume_mount in ${ctx.describeTask(task)} is never mounted: remote tasks cannot reach volumes on the Nomad client`
          });
        }
      }
      const allRemote = ctx.isAllRemote(group, "volume");
      const unresolved = [...mounts.values()].some((names) => names.includes(void 0));
      for (const volume of blocksOf(group.block, "volume")) {
        const name = volume.labels[0] ?? "";
        const what = `volume ${JSON.stringify(name)} of ${describeGroup(group)}`;
        if (allRemote) {
          ctx.report({ at: volume, group, message: `${what} is never mounted: every task of the group runs on a remote driver` });
          continue;
        }
        if (unresolved) continue;
        const users = group.tasks.filter((t) => mounts.get(t)?.includes(name));
        if (users.length > 0 && users.every((t) => ctx.isRemote(t, "volume"))) {
          ctx.report({
            at: volume,
            group,
            message: `${what} is mounted only by remote tasks, which cannot reach it: ${listing(users.map((t) => ctx.describeTask(t)))}`
          });
        }
      }
    }
  }
});

// rules/remote-consul-token.ts
init_import_meta_url();
var remote_consul_token_default = defineRule({
  meta: {
    id: "remote-consul-token",
    severity: "warning",
    feature: "consul_token",
    description: "task-level consul blocks of remote tasks deliver their token to the client's secrets directory",
    rationale: "A task-level `consul` block (Nomad 1.7 and later, with workload identities) makes Nomad log in to Consul for the task and write the token to `secrets/consul_token` in the allocation directory on the client (and `CONSUL_TOKEN`). A remote task does not see that directory. With a target older than 1.7 the block does not exist and the rule stays quiet.",
    fix: "Remove the task-level `consul` block from remote tasks and give them Consul credentials through the remote runtime.",
    docs: [REMOTE_DRIVERS_DOC, jobspecDoc("consul")]
  },
  check(ctx) {
    if (ctx.targetAtLeast("1.7.0") === false) return;
    for (const { task, block } of ctx.remoteTaskBlocks("consul")) {
      ctx.report({ at: block, task, message: `consul in ${ctx.describeTask(task)} writes its token to the secrets directory on the Nomad client, out of the task's reach` });
    }
  }
});

// rules/remote-csi-plugin.ts
init_import_meta_url();
var remote_csi_plugin_default = defineRule({
  meta: {
    id: "remote-csi-plugin",
    severity: "error",
    feature: "csi_plugin",
    description: "a remote task cannot be a CSI plugin",
    rationale: "A `csi_plugin` task serves CSI volumes to the Nomad client it runs beside: Nomad connects to its socket in the allocation directory (`mount_dir`) and mounts volumes on that node. A remote task runs elsewhere, so the client never reaches the plugin and volumes of that plugin never mount.",
    fix: "Run CSI plugins with a local driver (usually docker, privileged) on every client that needs the volumes.",
    docs: [REMOTE_DRIVERS_DOC, jobspecDoc("csi_plugin")]
  },
  check(ctx) {
    for (const { task, block } of ctx.remoteTaskBlocks("csi_plugin")) {
      ctx.report({ at: block, task, message: `csi_plugin in ${ctx.describeTask(task)} cannot serve volumes: the Nomad client reaches plugins through its local allocation directory` });
    }
  }
});

// rules/remote-identity-file.ts
init_import_meta_url();
var remote_identity_file_default = defineRule({
  meta: {
    id: "remote-identity-file",
    severity: "warning",
    feature: "identity_file",
    description: "workload identity files of remote tasks are written to the client's secrets directory",
    rationale: "With `identity { file = true }` Nomad writes the task's workload identity JWT to `secrets/nomad_token` (or `filepath`) in the allocation directory on the client. A remote task does not see that directory, so it never finds the token. The `identity` block exists from Nomad 1.5; with an older target version the rule stays quiet.",
    fix: "Remove `file = true` from remote tasks and hand the identity over another way the driver supports, or use `env = true` if the driver forwards the environment.",
    docs: [REMOTE_DRIVERS_DOC, jobspecDoc("identity")]
  },
  check(ctx) {
    if (ctx.targetAtLeast("1.5.0") === false) return;
    for (const { task, block } of ctx.remoteTaskBlocks("identity")) {
      const file = block.attributes.get("file");
      if (ctx.bool(file, `file of an identity in task ${JSON.stringify(task.name)}`) !== true) continue;
      ctx.report({ at: file, task, message: `identity file of ${ctx.describeTask(task)} is written to the secrets directory on the Nomad client, out of the task's reach` });
    }
  }
});

// rules/remote-logs.ts
init_import_meta_url();
var remote_logs_default = defineRule({
  meta: {
    id: "remote-logs",
    severity: "info",
    feature: "logs",
    description: "log rotation settings of remote tasks apply to the client's copy of the logs only",
    rationale: "The `logs` block sizes and rotates the files Nomad's log collector writes to `alloc/logs/` on the client. A remote task's own logs live in its runtime (for ECS, CloudWatch or wherever the task definition sends them); the client only sees what the driver forwards, so these settings do not govern the task's logging.",
    fix: "Configure logging in the remote runtime; keep `logs` only to bound the client-side copy, or set `disabled = true` to turn log collection off.",
    docs: [REMOTE_DRIVERS_DOC, jobspecDoc("logs")]
  },
  check(ctx) {
    for (const { task, block } of ctx.remoteTaskBlocks("logs")) {
      const what = `logs of task ${JSON.stringify(task.name)}`;
      if (ctx.bool(block.attributes.get("disabled"), what) === true || ctx.bool(block.attributes.get("enabled"), what) === false) continue;
      ctx.report({ at: block, task, message: `logs in ${ctx.describeTask(task)} only rotate the client's copy of the logs, not the remote task's own logging` });
    }
  }
});

// rules/remote-pinned-node.ts
init_import_meta_url();
var ONE_NODE = /* @__PURE__ */ new Set(["${node.unique.name}", "${node.unique.id}", "${attr.unique.hostname}"]);
var EQUALS2 = /* @__PURE__ */ new Set(["=", "==", "is"]);
function pins(ctx, constraint) {
  const attribute = ctx.text(constraint.attributes.get("attribute"))?.trim();
  if (attribute === void 0 || !ONE_NODE.has(attribute)) return void 0;
  const operator = constraint.attributes.has("operator") ? ctx.string(constraint.attributes.get("operator"), "operator of a constraint") : "=";
  return operator !== void 0 && EQUALS2.has(operator.trim()) ? attribute : void 0;
}
var remote_pinned_node_default = defineRule({
  meta: {
    id: "remote-pinned-node",
    severity: "warning",
    description: "a constraint pins a group with remote tasks to one node, so a lost node cannot hand its remote tasks over",
    rationale: "A remote task survives the loss or drain of its Nomad client only when the scheduler places the replacement allocation on another client at once: the replacement then takes over the running remote task instead of starting a new one. The Remote Task Drivers page's known bug (Nomad issue #10592) says that when no other node can take the allocation immediately, a later node starts a new instance of the remote task. A constraint that pins the group to one node (`${node.unique.name}`, `${node.unique.id}` or `${attr.unique.hostname}` with `=`) makes that the rule: no other node ever qualifies, so on drain or node loss the remote task is stopped and started anew, the very thing remote task drivers exist to avoid. Constraints at job and task level pin the group as well.",
    fix: "Drop the constraint, or constrain the group to a class of nodes that holds at least two clients with the remote driver (`${node.class}`, `${meta.<key>}`, or `distinct_hosts`).",
    docs: [REMOTE_DRIVERS_DOC, { title: "Remote task driver: handles not propagated when no client is available (Nomad issue #10592)", url: "https://github.com/hashicorp/nomad/issues/10592" }, jobspecDoc("constraint")]
  },
  check(ctx) {
    const pinned = (group) => group.tasks.filter((t) => ctx.isRemote(t));
    for (const job of ctx.jobs) {
      const affected = job.groups.filter((g) => pinned(g).length > 0);
      for (const constraint of blocksOf(job.block, "constraint")) {
        const attribute = pins(ctx, constraint);
        if (attribute === void 0 || affected.length === 0) continue;
        ctx.report({ at: constraint, job, message: `constraint of ${describeJob(job)} pins ${listing(affected.map(describeGroup))}, with remote tasks, to one node (${attribute}): on drain or node loss their remote tasks are started anew, not handed over` });
      }
      for (const group of affected) {
        const remote = pinned(group);
        const scopes = [group.block, ...group.tasks.map((t) => t.block)].filter((b, i) => i > 0 || !group.implicit);
        for (const scope of scopes) {
          for (const constraint of blocksOf(scope, "constraint")) {
            const attribute = pins(ctx, constraint);
            if (attribute === void 0) continue;
            const who = listing(remote.map((t) => ctx.describeTask(t)));
            ctx.report({ at: constraint, group, ...remote.length === 1 ? { task: remote[0] } : {}, message: `constraint pins ${describeGroup(group)} to one node (${attribute}): on drain or node loss its remote ${who} ${remote.length === 1 ? "is" : "are"} started anew, not handed over` });
          }
        }
      }
    }
  }
});

// rules/remote-tasks-removed.ts
init_import_meta_url();
var remote_tasks_removed_default = defineRule({
  meta: {
    id: "remote-tasks-removed",
    severity: "error",
    description: "remote tasks on a Nomad 1.10 or later target lose remote task support (with --nomad-version)",
    rationale: "Nomad 1.10 removed remote task execution (PR #24909): the `RemoteTasks` capability is ignored, so on a node drain or a lost node Nomad stops the remote task instead of detaching it and handing its handle to a replacement allocation. The upgrade guide for 1.10 says so. This rule fires only when the target version is given (`--nomad-version` or `nomadVersion`).",
    fix: "Keep clusters that run remote task drivers on Nomad 1.9 or earlier, or move the workload to a local driver or to the remote platform's own scheduler.",
    docs: [
      REMOTE_DRIVERS_DOC,
      { title: "Nomad 1.10 upgrade guide", url: "https://developer.hashicorp.com/nomad/docs/upgrade/upgrade-specific#nomad-1-10-0" }
    ]
  },
  check(ctx) {
    if (ctx.targetAtLeast("1.10.0") !== true) return;
    for (const task of ctx.tasks) {
      const driver2 = ctx.driverOf(task);
      if (!ctx.isRemote(task) || driver2.attribute === void 0) continue;
      ctx.report({
        at: driver2.attribute,
        task,
        message: "Nomad 1.10 removed remote task support: on drain or node loss this task is stopped, not handed over"
      });
    }
  }
});

// rules/remote-tasks-unavailable.ts
init_import_meta_url();
var remote_tasks_unavailable_default = defineRule({
  meta: {
    id: "remote-tasks-unavailable",
    severity: "error",
    description: "remote tasks on a target older than Nomad 1.1 have no remote task support (with --nomad-version)",
    rationale: "Remote task drivers arrived in Nomad 1.1.0 as a technical preview (PR #10248). Before it the client knows nothing of the `RemoteTasks` capability, and the drivers that advertise it were built against Nomad 1.1 or later. This rule fires only when the target version is given (`--nomad-version` or `nomadVersion`).",
    fix: "Upgrade the cluster to Nomad 1.1 to 1.9, or run the task on a local driver.",
    docs: [REMOTE_DRIVERS_DOC]
  },
  check(ctx) {
    if (ctx.targetAtLeast("1.1.0") !== false) return;
    const target = ctx.nomadVersion?.join(".") ?? "";
    for (const task of ctx.tasks) {
      const driver2 = ctx.driverOf(task);
      if (!ctx.isRemote(task) || driver2.attribute === void 0) continue;
      ctx.report({
        at: driver2.attribute,
        task,
        message: `remote task drivers need Nomad 1.1.0 or later, the target is ${target}: ${ctx.describeTask(task)} cannot run as a remote task`
      });
    }
  }
});

// rules/unknown-driver.ts
init_import_meta_url();
var unknown_driver_default = defineRule({
  meta: {
    id: "unknown-driver",
    severity: "info",
    description: "the task's driver has no capability file, so the remote-task rules cannot judge it",
    rationale: "Whether a jobspec feature works depends on whether the task's driver advertises the `RemoteTasks` capability. The linter learns that from driver capability files: the ones shipped in `schemas/drivers/` and those given with `--driver-schema`. For a driver it does not know it checks nothing, and says so once per task.",
    fix: 'Add a capability file for the driver with `--driver-schema <file>`; the smallest is `{"name": "<driver>", "capabilities": {"RemoteTasks": false}}`. A misspelt driver name is also reported this way.',
    docs: [jobspecDoc("task")]
  },
  check(ctx) {
    for (const task of ctx.tasks) {
      const driver2 = ctx.driverOf(task);
      if (driver2.name === void 0 || driver2.spec !== void 0 || driver2.attribute === void 0) continue;
      ctx.report({
        at: driver2.attribute,
        task,
        message: `driver ${JSON.stringify(driver2.name)} of task ${JSON.stringify(task.name)} has no capability file: remote-task rules are skipped for this task`
      });
    }
  }
});

// rules/index.ts
var rules = [
  remote_artifact_default,
  remote_template_default,
  remote_dispatch_payload_default,
  remote_volume_default,
  remote_ephemeral_disk_default,
  remote_connect_default,
  remote_network_default,
  remote_vault_default,
  remote_resources_default,
  remote_identity_file_default,
  remote_consul_token_default,
  remote_csi_plugin_default,
  remote_logs_default,
  remote_pinned_node_default,
  remote_tasks_removed_default,
  remote_tasks_unavailable_default,
  unknown_driver_default,
  driver_config_default
];

// src/config/config.ts
init_import_meta_url();
var import_node_fs6 = require("node:fs");
var import_node_path8 = __toESM(require("node:path"), 1);
var import_picomatch2 = __toESM(require_picomatch2(), 1);

// src/drivers/registry.ts
init_import_meta_url();
var import_node_fs5 = require("node:fs");
var import_node_path7 = __toESM(require("node:path"), 1);

// src/util/assets.ts
init_import_meta_url();
var import_node_fs4 = require("node:fs");
var import_node_path6 = __toESM(require("node:path"), 1);
var import_node_url3 = require("node:url");
var root;
function assetsRoot() {
  if (root !== void 0) return root;
  let dir = import_node_path6.default.dirname((0, import_node_url3.fileURLToPath)(importMetaUrl));
  for (; ; ) {
    if ((0, import_node_fs4.existsSync)(import_node_path6.default.join(dir, "schemas", "driver.schema.json"))) return root = dir;
    const parent = import_node_path6.default.dirname(dir);
    if (parent === dir) throw new Error("cannot find the schemas/ directory of nomad-remote-lint");
    dir = parent;
  }
}
function assetPath(...segments2) {
  return import_node_path6.default.join(assetsRoot(), ...segments2);
}

// src/drivers/registry.ts
var DriverRegistry = class _DriverRegistry {
  #byName = /* @__PURE__ */ new Map();
  constructor(drivers = []) {
    for (const d of drivers) this.#byName.set(d.spec.name, d);
  }
  get(name) {
    return this.#byName.get(name)?.spec;
  }
  origin(name) {
    return this.#byName.get(name)?.origin;
  }
  #all;
  /** Every driver, by name. */
  get all() {
    this.#all ??= [...this.#byName.values()].sort((a, b) => a.spec.name < b.spec.name ? -1 : a.spec.name > b.spec.name ? 1 : 0);
    return this.#all;
  }
  with(drivers) {
    return new _DriverRegistry([...this.#byName.values(), ...drivers]);
  }
};
function validateDriver(value, origin2, doc) {
  const validate = projectValidator("driver");
  if (!validate(value)) {
    const lines2 = describeSchemaErrors(validate.errors).map((p) => {
      const r = doc?.rangeOf(p.path, p.key === true);
      const where = r ? `${origin2}:${r.line}:${r.column}` : origin2;
      return { r, text: `${where}: invalid driver file: ${pointerOf(p.path)}: ${p.message}` };
    });
    lines2.sort((a, b) => a.r && b.r ? a.r.line - b.r.line || a.r.column - b.r.column : 0);
    throw new UsageError(lines2.map((l) => l.text).join("\n"));
  }
  return { spec: value, origin: origin2 };
}
function loadDriverFile(file, displayName = file) {
  let text;
  try {
    text = (0, import_node_fs5.readFileSync)(file, "utf8");
  } catch (error) {
    throw new UsageError(`${displayName}: cannot read driver file: ${error.code ?? String(error)}`);
  }
  let plain3;
  try {
    plain3 = JSON.parse(text);
  } catch {
    plain3 = void 0;
  }
  if (plain3 !== void 0 && projectValidator("driver")(plain3)) return { spec: plain3, origin: displayName };
  const parsed = parseJsonSource(text);
  if (!parsed.ok) {
    const e = parsed.errors[0];
    throw new UsageError(`${displayName}:${e.line}:${e.column}: invalid driver file: ${e.message}`);
  }
  return validateDriver(parsed.doc.value, displayName, parsed.doc);
}
function shippedDrivers() {
  const dir = assetPath("schemas", "drivers");
  return (0, import_node_fs5.readdirSync)(dir).filter((f) => f.endsWith(".json")).sort().map((f) => loadDriverFile(import_node_path7.default.join(dir, f), `schemas/drivers/${f}`));
}
var shipped;
function shippedRegistry() {
  shipped ??= new DriverRegistry(shippedDrivers());
  return shipped;
}

// src/config/config-schema.ts
init_import_meta_url();
var CONFIG_FILE_NAME = ".nomad-remote-lint.json";

// src/config/config.ts
function globMatcher(patterns) {
  if (patterns.length === 0) return () => false;
  const expanded = patterns.flatMap((p) => {
    const trimmed = p.replace(/^\.\//, "");
    return trimmed.endsWith("/") ? [`${trimmed}**`] : [trimmed, `${trimmed}/**`];
  });
  const match = (0, import_picomatch2.default)(expanded, { dot: true });
  return (relPath) => relPath !== "" && !relPath.startsWith("../") && match(relPath);
}
function fileMatcher(patterns) {
  if (patterns.length === 0) return () => false;
  const match = (0, import_picomatch2.default)(patterns.map((p) => p.replace(/^\.\//, "")), { dot: true });
  return (relPath) => relPath !== "" && !relPath.startsWith("../") && match(relPath);
}
function relativePosix(dir, file) {
  return import_node_path8.default.relative(dir, file).split(import_node_path8.default.sep).join("/");
}
function loadConfigFile(file, display) {
  const shown = display(file);
  let text;
  try {
    text = (0, import_node_fs6.readFileSync)(file, "utf8");
  } catch (error) {
    throw new UsageError(`${shown}: cannot read config file: ${error.code ?? String(error)}`);
  }
  const parsed = parseJsonSource(text);
  if (!parsed.ok) {
    const e = parsed.errors[0];
    throw new UsageError(`${shown}:${e.line}:${e.column}: invalid config: ${e.message}`);
  }
  const doc = parsed.doc;
  const validate = projectValidator("config");
  if (!validate(doc.value)) {
    const lines2 = describeSchemaErrors(validate.errors).map((p) => {
      const r = doc.rangeOf(p.path, p.key === true);
      return { r, text: `${shown}:${r.line}:${r.column}: invalid config: ${pointerOf(p.path)}: ${configMessage(p)}` };
    });
    lines2.sort((a, b) => a.r.line - b.r.line || a.r.column - b.r.column);
    throw new UsageError(lines2.map((l) => l.text).join("\n"));
  }
  const raw = doc.value;
  const dir = import_node_path8.default.dirname(file);
  const drivers = (raw.drivers ?? []).map(
    (entry, i) => typeof entry === "string" ? loadDriverFile(import_node_path8.default.resolve(dir, entry), display(import_node_path8.default.resolve(dir, entry))) : { spec: entry, origin: `${shown}#/drivers/${i}` }
  );
  return {
    path: file,
    dir,
    root: raw.root === true,
    rules: new Map(Object.entries(raw.rules ?? {})),
    drivers,
    ignores: globMatcher([...raw.ignores ?? [], ...raw.ignorePatterns ?? []]),
    includes: fileMatcher(raw.files ?? []),
    patterns: { files: raw.files ?? [], ignores: [...raw.ignores ?? [], ...raw.ignorePatterns ?? []] },
    hcl2Strict: raw.hcl2Strict,
    overrides: (raw.overrides ?? []).map((o) => ({ matches: globMatcher(o.files), rules: new Map(Object.entries(o.rules ?? {})) })),
    nomadVersion: raw.nomadVersion === void 0 ? void 0 : parseVersion(raw.nomadVersion)
  };
}
function configMessage(problem) {
  const p = problem.path;
  if (problem.key === true && p.length >= 2 && p[p.length - 2] === "rules") {
    const id = String(p[p.length - 1]);
    const hint = closest(id, problem.candidates ?? []);
    return `unknown rule ${JSON.stringify(id)}${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : "; nomad-remote-lint --list-rules lists them"}`;
  }
  return problem.message;
}
function toVersion(text, what) {
  if (text === void 0) return void 0;
  const v = parseVersion(text);
  if (v === void 0) throw new UsageError(`${what} must look like 1.8.4, got ${JSON.stringify(text)}`);
  return v;
}
function checkRuleSettings(settings, known) {
  const out = /* @__PURE__ */ new Map();
  for (const [id, severity] of Object.entries(settings)) {
    if (!known.includes(id) || id === "syntax") throw new UsageError(`unknown rule ${JSON.stringify(id)}`);
    if (!["off", "info", "warning", "error"].includes(severity)) {
      throw new UsageError(`severity of ${id} must be one of off, info, warning, error, got ${JSON.stringify(severity)}`);
    }
    out.set(id, severity);
  }
  return out;
}
var STRICT_VARIABLE_RULES = ["variable-unset", "variable-undeclared"];
var ConfigResolver = class {
  #options;
  #files = /* @__PURE__ */ new Map();
  #chains = /* @__PURE__ */ new Map();
  #registries = /* @__PURE__ */ new Map();
  #settings = /* @__PURE__ */ new Map();
  #explicit;
  #cliDrivers;
  #cliRules;
  #cliNomadVersion;
  constructor(options) {
    this.#options = options;
    const o = options.options;
    this.#cliDrivers = o.driverFiles.map((f) => loadDriverFile(import_node_path8.default.resolve(options.cwd, f), f));
    this.#cliRules = checkRuleSettings(o.rules, options.knownIds);
    this.#cliNomadVersion = toVersion(o.nomadVersion, "the Nomad version");
    this.#explicit = o.configFile === void 0 ? void 0 : this.#load(import_node_path8.default.resolve(options.cwd, o.configFile));
  }
  #display = (p) => {
    const rel = import_node_path8.default.relative(this.#options.cwd, p);
    return rel.startsWith("..") || import_node_path8.default.isAbsolute(rel) ? p : rel;
  };
  #load(file) {
    let config2 = this.#files.get(file);
    if (config2 === void 0) {
      if (!(0, import_node_fs6.existsSync)(file)) throw new UsageError(`no such config file: ${this.#display(file)}`);
      config2 = loadConfigFile(file, this.#display);
      this.#files.set(file, config2);
    }
    return config2;
  }
  #chain(dir) {
    if (this.#explicit !== void 0) return [this.#explicit];
    if (!this.#options.options.configLookup) return [];
    const cached = this.#chains.get(dir);
    if (cached !== void 0) return cached;
    let chain2;
    const candidate = childPath(dir, CONFIG_FILE_NAME);
    const own = (0, import_node_fs6.existsSync)(candidate) ? this.#load(candidate) : void 0;
    const parent = import_node_path8.default.dirname(dir);
    if (own?.root || (0, import_node_fs6.existsSync)(childPath(dir, ".git")) || parent === dir) chain2 = own === void 0 ? [] : [own];
    else chain2 = own === void 0 ? this.#chain(parent) : [...this.#chain(parent), own];
    this.#chains.set(dir, chain2);
    return chain2;
  }
  #registry(chain2) {
    const key = chain2.map((c) => c.path).join("\0");
    let registry = this.#registries.get(key);
    if (registry === void 0) {
      registry = this.#options.shipped.with([...chain2.flatMap((c) => c.drivers), ...this.#cliDrivers]);
      this.#registries.set(key, registry);
    }
    return registry;
  }
  /** Whether a configuration file's `files` names a file (to lint whatever its name). */
  includes(filePath) {
    return this.#chain(import_node_path8.default.dirname(filePath)).some((c) => c.includes(relativePosix(c.dir, filePath)));
  }
  /** The configuration file whose `ignores` leaves a file or directory out, if one does. */
  ignoredBy(filePath) {
    return this.#chain(import_node_path8.default.dirname(filePath)).find((c) => c.ignores(relativePosix(c.dir, filePath)))?.path;
  }
  resolve(filePath) {
    const chain2 = this.#chain(import_node_path8.default.dirname(filePath));
    let key = "";
    let ignored = false;
    for (const config2 of chain2) {
      const rel = relativePosix(config2.dir, filePath);
      key += `${config2.path}\0`;
      config2.overrides.forEach((o, i) => {
        if (o.matches(rel)) key += `${i},`;
      });
      if (config2.ignores(rel)) ignored = true;
    }
    let settings = this.#settings.get(key);
    if (settings === void 0) {
      settings = this.#settingsOf(chain2, filePath);
      this.#settings.set(key, settings);
    }
    return { settings, ignored, configFiles: chain2.map((c) => c.path) };
  }
  #settingsOf(chain2, filePath) {
    const severities = /* @__PURE__ */ new Map();
    let nomadVersion;
    for (const config2 of chain2) {
      const rel = relativePosix(config2.dir, filePath);
      for (const [id, s] of config2.rules) severities.set(id, s);
      for (const o of config2.overrides) if (o.matches(rel)) for (const [id, s] of o.rules) severities.set(id, s);
      if (config2.nomadVersion !== void 0) nomadVersion = config2.nomadVersion;
    }
    for (const [id, s] of this.#cliRules) severities.set(id, s);
    nomadVersion = this.#cliNomadVersion ?? nomadVersion;
    if (this.#options.options.hcl2Strict || chain2.some((c) => c.hcl2Strict === true)) {
      for (const id of STRICT_VARIABLE_RULES) if (!severities.has(id)) severities.set(id, "error");
    }
    return {
      options: this.#options.options,
      variables: this.#options.variables,
      severities,
      drivers: this.#registry(chain2),
      ...nomadVersion ? { nomadVersion } : {}
    };
  }
  /** The effective configuration of a file as JSON-ready data (`--print-config`). */
  describe(filePath, ruleDefaults) {
    const resolved = this.resolve(filePath);
    const chain2 = this.#chain(import_node_path8.default.dirname(filePath));
    const rules2 = {};
    for (const [id, def] of ruleDefaults) rules2[id] = resolved.settings.severities.get(id) ?? def;
    return {
      filePath,
      configFiles: resolved.configFiles,
      ignored: resolved.ignored,
      nomadVersion: resolved.settings.nomadVersion === void 0 ? null : formatVersion(resolved.settings.nomadVersion),
      files: chain2.flatMap((c) => c.patterns.files.map((pattern) => ({ pattern, config: c.path }))),
      ignores: chain2.flatMap((c) => c.patterns.ignores.map((pattern) => ({ pattern, config: c.path }))),
      hcl2Strict: resolved.settings.severities.get("variable-unset") === "error",
      inlineConfig: resolved.settings.options.inlineConfig,
      requireDisableReason: resolved.settings.options.requireDisableReason,
      rules: rules2,
      drivers: resolved.settings.drivers.all.map((d) => ({
        name: d.spec.name,
        remoteTasks: d.spec.capabilities.RemoteTasks,
        ...d.spec.provides ? { provides: d.spec.provides } : {},
        origin: d.origin
      }))
    };
  }
};

// src/engine/builtin.ts
init_import_meta_url();
var SUPPRESSIONS_DOC = { title: "Inline suppressions (nomad-remote-lint README)", url: `${HOMEPAGE}#inline-suppressions` };
var SYNTAX_META = {
  id: "syntax",
  severity: "error",
  description: "the file is not valid HCL2 (or JSON) and cannot be linted",
  rationale: "Nomad parses jobspecs as HCL2 since 1.0. A file the HCL2 parser rejects is rejected by `nomad job run` too, and the linter cannot check anything past a syntax error, so each error the parser reports is shown at its position and the file gets no other findings.",
  fix: 'Correct the syntax at the reported position. Files written for the HCL1 parser often need quoted keys turned into map attributes (`meta = { "a.b" = "x" }`) and repeated singleton blocks merged.',
  docs: [{ title: "HCL2 syntax in Nomad", url: "https://developer.hashicorp.com/nomad/docs/job-specification/hcl2" }]
};
var UNKNOWN_RULE_META = {
  id: "unknown-rule",
  severity: "warning",
  description: "a suppression comment names a rule that does not exist",
  rationale: "A `nomad-remote-lint-disable` comment with a misspelt rule id silences nothing, so the finding it was meant for still shows, or worse, a later finding of the intended rule is not silenced as the author believed.",
  fix: "Correct the rule id (`nomad-remote-lint --list-rules` lists them) or remove it from the comment.",
  docs: [SUPPRESSIONS_DOC]
};
var UNUSED_DISABLE_META = {
  id: "unused-disable",
  severity: "warning",
  description: "a suppression comment silences nothing",
  rationale: "A suppression that matches no finding is left over from a fixed problem or sits on the wrong line; left in place it would silence a future finding nobody reviewed.",
  fix: "Remove the rule id from the comment, or the comment, or move it to the line above the finding. `--report-unused-disable-directives off` turns this check off.",
  docs: [SUPPRESSIONS_DOC]
};
var MISSING_REASON_META = {
  id: "missing-disable-reason",
  severity: "warning",
  description: "a suppression comment gives no reason (reported with --require-disable-reason)",
  rationale: "Teams that audit suppressions want each one to say why the finding does not apply, after ` -- `.",
  fix: "Add the reason after ` -- `: `# nomad-remote-lint-disable-next-line remote-vault -- token fetched by the task itself`.",
  docs: [SUPPRESSIONS_DOC]
};
var HCL2_VARIABLES = { title: "HCL2 input variables (Nomad)", url: "https://developer.hashicorp.com/nomad/docs/v1.8.x/job-specification/hcl2/variables" };
var HCL2_LOCALS = { title: "HCL2 local values (Nomad)", url: "https://developer.hashicorp.com/nomad/docs/v1.8.x/job-specification/hcl2/locals" };
var HCL2_EXPRESSIONS = { title: "HCL2 expressions (Nomad)", url: "https://developer.hashicorp.com/nomad/docs/v1.8.x/job-specification/hcl2/expressions" };
var VARIABLE_VALUE_META = {
  id: "variable-value",
  severity: "error",
  description: "an input variable has a value that does not fit its type or fails its validation, or a var file holds what is not a value",
  rationale: "`nomad job run` refuses a jobspec whose variable values do not convert to the declared type, or whose `validation` condition is false, and a var file that holds anything but `name = value` lines. Values come, lowest precedence first, from the `default`, `NOMAD_VAR_<name>` environment variables, `-var-file` files and `-var` flags; the linter takes them from the same places (`--var-file`, `--var`) and reports a bad value in the file that declares the variable, or at its line in the var file.",
  fix: "Make the value fit the declared `type`, or the validation's condition; keep var files to `name = value` lines.",
  docs: [HCL2_VARIABLES]
};
var VARIABLE_UNSET_META = {
  id: "variable-unset",
  severity: "info",
  description: "an input variable has no value here: checks that depend on it are skipped (an error with --hcl2-strict)",
  rationale: 'A variable without a default is usually set when the job is deployed (`nomad job run -var image=...` in CI). Linting without that value, the linter does not guess: the variable is unknown, every check that depends on it is skipped with an `unresolved-value` note naming it, and this note says the variable had no value. `nomad job run` itself refuses a jobspec whose variable is unset ("Unset variable"): with `--hcl2-strict` (or `"hcl2Strict": true` in a configuration file), for runs that pass the real var files, it is an error.',
  fix: "Pass the value the deploy uses (`--var`, `--var-file` or `NOMAD_VAR_<name>`), or give the variable a default.",
  docs: [HCL2_VARIABLES]
};
var VARIABLE_UNDECLARED_META = {
  id: "variable-undeclared",
  severity: "warning",
  description: "a --var or var file entry gives a value to a variable that no linted jobspec declares (an error with --hcl2-strict)",
  rationale: "One `--var` or var file often serves many jobspecs, each declaring some of its variables: a value a file does not declare is no problem for that file. A value that no linted jobspec declares is a misspelt or stale name; Nomad warns about it, and refuses it under `-hcl2-strict` (its default). It is reported once per run, at the var file's line or on the command line.",
  fix: "Correct the variable's name, or remove the value.",
  docs: [HCL2_VARIABLES]
};
var JOBSPEC_TEMPLATE_META = {
  id: "jobspec-template",
  severity: "info",
  description: "the file is a jobspec template (levant, nomad-pack, Terraform templatefile): render it before linting",
  rationale: 'A levant or nomad-pack template (`[[ .image ]]`, `[[ template "x" . ]]`) or a Terraform `templatefile` source (`${count}` and `%{ for }` outside strings) is not a jobspec until it is rendered: its delimiters make syntax errors, and its placeholders stand for values the linter cannot know. It is reported once, and not linted further.',
  fix: "Render the template (`levant render`, `nomad-pack render`, `terraform console` with `templatefile()`) and lint the output, for example by piping it to `nomad-remote-lint --stdin-filename job.nomad.hcl -`.",
  docs: [{ title: "nomad-pack render", url: "https://developer.hashicorp.com/nomad/tools/nomad-pack" }]
};
var LOCAL_CYCLE_META = {
  id: "local-cycle",
  severity: "error",
  description: "local values refer to each other in a cycle, or one is defined twice",
  rationale: "Nomad evaluates `locals` in the order their references require; a cycle has no such order and the jobspec does not parse.",
  fix: "Break the cycle: compute the shared part in a local that depends on neither.",
  docs: [HCL2_LOCALS]
};
var EXPRESSION_ERROR_META = {
  id: "expression-error",
  severity: "error",
  description: "an expression cannot be evaluated: an undeclared variable or local, an unknown function, a wrong type",
  rationale: "Nomad evaluates HCL2 expressions when it parses the jobspec. A reference to an undeclared `var.` or `local.` name, a call to a function Nomad does not have, or an operation on a value of the wrong type stops `nomad job run` before anything is submitted.",
  fix: "Correct the expression at the reported attribute.",
  docs: [HCL2_EXPRESSIONS]
};
var UNRESOLVED_VALUE_META = {
  id: "unresolved-value",
  severity: "info",
  description: "a value a check depends on is only known when the job runs, so the check is skipped",
  rationale: "References Nomad keeps for run time (`NOMAD_*`, `node.*`, `attr.*`, `meta.*`, `env[...]`), filesystem functions that are turned off, and functions the linter does not evaluate leave a value unknown. A check that depends on it (is this driver remote? which volume does this mount name?) does not guess: it stays quiet and says which expression it could not resolve.",
  fix: "Nothing, when the value truly is only known at run time. Otherwise pass the variable values the deploy uses (`--var`, `--var-file`) so the linter sees what Nomad will see.",
  docs: [HCL2_EXPRESSIONS]
};
var JOBSPEC_SCHEMA_META = {
  id: "jobspec-schema",
  severity: "error",
  description: "the jobspec does not fit Nomad's job model: unknown or misplaced blocks and attributes, wrong types, missing driver",
  rationale: "Nomad decodes a jobspec against a fixed schema of blocks and attributes (the `hcl` tags of its `api` package). A misspelt block (`templte`), an attribute where a block belongs (`config = { ... }`, HCL1 style), a second `resources` in one task, a task without `driver`, or a value of the wrong type makes `nomad job run` fail, or, for keys inside blocks Nomad reads loosely, silently drops the setting.",
  fix: "Use the block or attribute the message suggests (the closest known name comes first). For HCL1 syntax, rewrite it as the message says.",
  docs: [{ title: "Job specification (Nomad 1.8)", url: "https://developer.hashicorp.com/nomad/docs/v1.8.x/job-specification" }]
};
var UNREAD_BLOCK_META = {
  id: "unread-block",
  severity: "info",
  description: "valid HCL that the bundled converter cannot read: the block is left out of the lint",
  rationale: 'The linter reads HCL through hcl2json, which turns a file into JSON. Two shapes of valid HCL have no JSON form there: blocks of one type where one\'s labels extend another\'s (`x "a" {}` beside `x "a" "b" {}`), and blocks of one type with and without labels in one body. Inside a driver\'s `config`, Nomad accepts both. Rather than refuse the file, the linter leaves out the block it cannot read, lints the rest, and says here which block was not checked.',
  fix: "Nothing is wrong with the file for Nomad. Check the block by hand; writing the blocks' labels the same way (all with the same number of labels) lets the linter read them.",
  docs: [{ title: "Limits (nomad-remote-lint README)", url: `${HOMEPAGE}#limits` }]
};
var INPUT_LIMIT_META = {
  id: "input-limit",
  severity: "error",
  description: "the file is larger, or nested deeper, than the linter's limits, and is not linted",
  rationale: "Real jobspecs are a few kilobytes with blocks nested a handful of levels deep. A file of megabytes or thousands of nested levels is generated or damaged; linting it would cost unbounded time and memory, so it is reported and skipped. The limits are `--max-file-size` (default 4 MB) and `--max-nesting` (default 100 levels).",
  fix: "Check how the file was produced; raise `--max-file-size` or `--max-nesting` if it really is a jobspec.",
  docs: [{ title: "Limits (nomad-remote-lint README)", url: `${HOMEPAGE}#limits` }]
};
var FIX_FAILED_META = {
  id: "fix-failed",
  severity: "warning",
  description: "a fix was not applied: the fixed file would not parse, or would keep the finding",
  rationale: "`--fix` lints each file again after every edit. An edit that would leave a file HCL cannot parse, or that does not resolve the finding it was made for, is undone rather than written, and reported here at the finding it was for. The rest of the file's fixes still apply.",
  fix: "Make the change by hand; the finding it was for says what to change. If the file is laid out unusually around the finding (several items on one line, say), laying it out one item per line lets --fix handle it.",
  docs: [{ title: "Autofix (nomad-remote-lint README)", url: `${HOMEPAGE}#autofix` }]
};
var BUILTIN_META = [
  SYNTAX_META,
  INPUT_LIMIT_META,
  JOBSPEC_SCHEMA_META,
  VARIABLE_VALUE_META,
  VARIABLE_UNSET_META,
  VARIABLE_UNDECLARED_META,
  JOBSPEC_TEMPLATE_META,
  UNREAD_BLOCK_META,
  LOCAL_CYCLE_META,
  EXPRESSION_ERROR_META,
  UNRESOLVED_VALUE_META,
  UNKNOWN_RULE_META,
  UNUSED_DISABLE_META,
  MISSING_REASON_META,
  FIX_FAILED_META
];
var UNSUPPRESSIBLE = /* @__PURE__ */ new Set([SYNTAX_META.id, INPUT_LIMIT_META.id, JOBSPEC_TEMPLATE_META.id, FIX_FAILED_META.id, UNKNOWN_RULE_META.id, UNUSED_DISABLE_META.id, MISSING_REASON_META.id]);

// src/engine/linter.ts
init_import_meta_url();
var import_node_path10 = __toESM(require("node:path"), 1);

// src/eval/document.ts
init_import_meta_url();
var NO_INPUTS = { env: /* @__PURE__ */ new Map(), files: [], cli: [] };
var DYNAMIC2 = "dynamic";
function exprText(raw) {
  const text = typeof raw === "string" ? raw : JSON.stringify(raw);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
var DocumentEvaluator = class {
  /**
   * `literal` marks documents whose strings are never templates (API JSON): their values are
   * taken as they are.
   */
  constructor(root2, inputs, fn, jobspecName, literal = false) {
    this.jobspecName = jobspecName;
    this.#literal = literal;
    this.scope = new Scope(this, fn);
    if (!literal) {
      this.#declare(root2);
      this.#assign(inputs);
      for (const block of root2.blocks.filter((b) => b.type === "locals")) {
        for (const attr of block.attributes.values()) {
          if (this.#locals.has(attr.name)) this.#issue("local-cycle", attr.path, `local ${JSON.stringify(attr.name)} is defined twice`);
          else this.#locals.set(attr.name, attr);
        }
      }
      for (const name of this.#locals.keys()) this.local(name);
    }
  }
  jobspecName;
  issues = [];
  /** The variables the document declares. */
  get declaredVariables() {
    return [...this.#declared.keys()];
  }
  varFileIssues = [];
  scope;
  #declared = /* @__PURE__ */ new Map();
  #values = /* @__PURE__ */ new Map();
  #locals = /* @__PURE__ */ new Map();
  #localValues = /* @__PURE__ */ new Map();
  #inProgress = [];
  #cache = /* @__PURE__ */ new WeakMap();
  #reported = /* @__PURE__ */ new Set();
  #literal;
  #issue(ruleId, path18, message2, as = ruleId) {
    const key = `${as}\0${path18.join("\0")}\0${message2}`;
    if (this.#reported.has(key)) return;
    this.#reported.add(key);
    this.issues.push({ ruleId: as, path: path18, message: message2 });
  }
  // ---- variables ----
  #declare(root2) {
    for (const block of root2.blocks) {
      if (block.type === "variable") {
        const name = block.labels[0] ?? "";
        if (this.#declared.has(name)) {
          this.#issue("variable-value", block.path, `variable ${JSON.stringify(name)} is declared twice`);
          continue;
        }
        let type = ANY;
        const typeAttr = block.attributes.get("type");
        if (typeAttr !== void 0) {
          try {
            const e = this.#expr(typeAttr.value);
            type = e === void 0 ? ANY : typeFromExpr(e);
          } catch (error) {
            this.#issue("variable-value", typeAttr.path, `type of variable ${JSON.stringify(name)}: ${error.message}`);
          }
        }
        this.#declared.set(name, {
          name,
          type,
          block,
          defaultAttr: block.attributes.get("default"),
          path: block.path,
          validations: block.blocks.filter((b) => b.type === "validation")
        });
      } else if (block.type === "variables") {
        for (const attr of block.attributes.values()) {
          if (this.#declared.has(attr.name)) {
            this.#issue("variable-value", attr.path, `variable ${JSON.stringify(attr.name)} is declared twice`);
            continue;
          }
          this.#declared.set(attr.name, { name: attr.name, type: ANY, block: void 0, defaultAttr: attr, path: attr.path, validations: [] });
        }
      }
    }
  }
  /** The expression of an hcl2json value that is a sole `${...}` interpolation, else undefined. */
  #expr(raw) {
    if (typeof raw !== "string") return void 0;
    return soleInterpolation(parseTemplateText(raw));
  }
  #assign(inputs) {
    const noVars = new Scope(
      {
        variable: () => new Unknown("variables cannot refer to variables"),
        local: () => new Unknown("variables cannot refer to locals"),
        allVariables: () => ({}),
        allLocals: () => ({}),
        noReferences: true
      },
      this.scope.fn
    );
    const evaluateNoVars = (e) => evaluate(e, noVars);
    const fromText = (text, d) => {
      if (d.type.k === "string" || d.type.k === "any") return text;
      return evaluate(parseExpression(text), noVars);
    };
    for (const d of this.#declared.values()) {
      let value;
      const invalid = new Unknown(`the value of variable ${JSON.stringify(d.name)} is invalid`, true);
      if (d.defaultAttr !== void 0) {
        try {
          value = convert(this.#raw(d.defaultAttr.value, noVars), d.type, evaluateNoVars, `the default of variable ${JSON.stringify(d.name)}`);
        } catch (error) {
          this.#issue("variable-value", d.defaultAttr.path, message(error));
          value = invalid;
        }
      }
      const env = inputs.env.get(d.name);
      if (env !== void 0) {
        try {
          value = convert(fromText(env, d), d.type, evaluateNoVars, `NOMAD_VAR_${d.name}`);
        } catch (error) {
          this.#issue("variable-value", d.path, `NOMAD_VAR_${d.name}=${JSON.stringify(env)} does not fit variable ${JSON.stringify(d.name)} (${describeType(d.type)}): ${message(error)}`);
          value = invalid;
        }
      }
      for (const file of inputs.files) {
        const entry = file.entries.get(d.name);
        if (entry === void 0) continue;
        try {
          value = convert(entry.value, d.type, evaluateNoVars, `variable ${JSON.stringify(d.name)}`);
        } catch (error) {
          this.varFileIssues.push({ ruleId: "variable-value", file: file.path, range: entry.range, message: `value for ${this.jobspecName}: ${message(error)} (${describeType(d.type)})` });
          value = invalid;
        }
      }
      for (const { name, value: text } of inputs.cli) {
        if (name !== d.name) continue;
        try {
          value = convert(fromText(text, d), d.type, evaluateNoVars, `--var ${name}`);
        } catch (error) {
          this.#issue("variable-value", d.path, `--var ${name}=${JSON.stringify(text)} does not fit variable ${JSON.stringify(d.name)} (${describeType(d.type)}): ${message(error)}`);
          value = invalid;
        }
      }
      if (value === void 0) {
        this.#issue("variable-unset", d.path, `variable ${JSON.stringify(d.name)} has no value (no default, --var, --var-file or NOMAD_VAR_${d.name}): checks that depend on it are skipped`);
        value = new Unknown(`variable ${JSON.stringify(d.name)} has no value`);
      }
      this.#values.set(d.name, value);
    }
    for (const d of this.#declared.values()) this.#validate(d);
  }
  #validate(d) {
    for (const v of d.validations) {
      const cond = v.attributes.get("condition");
      if (cond === void 0) continue;
      const result = this.value(cond);
      if (result === false) {
        const msg = v.attributes.get("error_message");
        const text = msg === void 0 ? void 0 : this.value(msg);
        this.#issue(
          "variable-value",
          cond.path,
          `variable ${JSON.stringify(d.name)} fails its validation: ${typeof text === "string" ? text : "the condition is false"}`
        );
      }
    }
  }
  variable(name) {
    const v = this.#values.get(name);
    if (v === void 0) throw new EvalError(`reference to undeclared variable ${JSON.stringify(`var.${name}`)}`);
    return v;
  }
  allVariables() {
    return Object.fromEntries(this.#values);
  }
  local(name) {
    const done = this.#localValues.get(name);
    if (done !== void 0) return done;
    const attr = this.#locals.get(name);
    if (attr === void 0) throw new EvalError(`reference to undeclared local value ${JSON.stringify(`local.${name}`)}`);
    if (this.#inProgress.includes(name)) {
      const cycle = [...this.#inProgress.slice(this.#inProgress.indexOf(name)), name].map((n) => `local.${n}`).join(" \u2192 ");
      this.#issue("local-cycle", attr.path, `locals refer to each other in a cycle: ${cycle}`);
      return new Unknown(`local.${name} is part of a cycle`, true);
    }
    this.#inProgress.push(name);
    let value;
    try {
      value = this.value(attr);
    } finally {
      this.#inProgress.pop();
    }
    this.#localValues.set(name, value);
    return value;
  }
  allLocals() {
    const out = {};
    for (const name of this.#locals.keys()) out[name] = this.local(name);
    return out;
  }
  // ---- values ----
  /** The value of an attribute; evaluation errors become `expression-error` findings and unknown values. */
  value(attr) {
    const cached = this.#cache.get(attr);
    if (cached !== void 0) return cached;
    let v;
    try {
      v = this.#literal ? fromJson(attr.value) : this.#raw(attr.value, attr.scope ?? this.scope);
    } catch (error) {
      if (!(error instanceof EvalError)) throw error;
      this.#issue("expression-error", attr.path, `cannot evaluate ${attr.name} = ${exprText(attr.value)}: ${error.message}`);
      v = new Unknown(error.message, true);
    }
    this.#cache.set(attr, v);
    return v;
  }
  /** Marks that a rule depended on an attribute whose value is unknown (one finding per expression). */
  consulted(attr, v, what) {
    if (!(v instanceof Unknown) || v.reported) return;
    this.#issue("unresolved-value", attr.path, `cannot resolve ${attr.name} = ${exprText(attr.value)} (${what}): ${v.reason}; checks that depend on it are skipped`);
  }
  #raw(raw, scope) {
    if (typeof raw === "string") {
      if (!raw.includes("{")) return raw;
      let parts;
      try {
        parts = parseTemplateText(raw);
      } catch (error) {
        if (error instanceof ExprSyntaxError) return new Unknown(`the linter cannot read the expression (${error.message})`);
        throw error;
      }
      if (parts.every((p) => p.t === "str")) return parts.map((p) => p.t === "str" ? p.s : "").join("");
      const sole = soleInterpolation(parts);
      return evaluate(sole ?? { t: "template", parts }, scope);
    }
    if (Array.isArray(raw)) return raw.map((x) => this.#raw(x, scope));
    if (raw !== null && typeof raw === "object") {
      const out = {};
      for (const [k, x] of Object.entries(raw)) out[k] = this.#raw(x, scope);
      return out;
    }
    return fromJson(raw);
  }
  // ---- the whole body ----
  /**
   * Evaluates every attribute of the job body once, as Nomad does when it parses the file:
   * an undeclared reference, an unknown function or a value of the wrong type is a finding
   * wherever it is, not only in the attributes a rule reads. `root` is the expanded tree (see
   * expand); the values are kept for the rules.
   */
  evaluateAll(root2) {
    if (this.#literal) return;
    const visit2 = (block) => {
      const types = JOBSPEC[block.kind]?.attributes;
      for (const attr of block.attributes.values()) {
        const v = this.value(attr);
        const type = types?.[attr.name]?.type;
        if (type === void 0 || v instanceof Unknown || typeof attr.value !== "string" || !isExpressionString(attr.value)) continue;
        if (!valueFits(v, type)) this.#issue("expression-error", attr.path, `${attr.name} = ${exprText(attr.value)} must be ${TYPE_WORDS2[type]}, got ${describe2(v)}`);
      }
      for (const child of block.blocks) visit2(child);
    };
    for (const block of root2.blocks) if (block.type === "job") visit2(block);
  }
  // ---- dynamic blocks ----
  /** The block tree with every `dynamic` block replaced by the blocks it generates. */
  expand(block) {
    if (this.#literal || !hasDynamic(block)) return block;
    return this.#expandIn(block, this.scope);
  }
  #expandIn(block, scope) {
    const blocks = [];
    for (const child of block.blocks) {
      if (child.type === DYNAMIC2 && child.kind.startsWith("dynamic:")) blocks.push(...this.#generate(child, scope));
      else blocks.push(hasDynamic(child) || scope !== this.scope ? this.#expandIn(child, scope) : child);
    }
    const attributes = scope === this.scope ? block.attributes : withScope(block.attributes, scope);
    return { ...block, attributes, blocks };
  }
  #generate(dynamic, scope) {
    const type = dynamic.labels[0] ?? "";
    const forEach = dynamic.attributes.get("for_each");
    const content = dynamic.blocks.find((b) => b.type === "content");
    if (forEach === void 0 || content === void 0) return [];
    const scoped = scope === this.scope ? forEach : { ...forEach, scope };
    const coll = this.value(scoped);
    if (coll instanceof Unknown) {
      this.consulted(scoped, coll, `for_each of dynamic ${JSON.stringify(type)}`);
      return [];
    }
    let iterator = type;
    const itAttr = dynamic.attributes.get("iterator");
    if (itAttr !== void 0) {
      const e = this.#expr(itAttr.value);
      if (e?.t === "var") iterator = e.name;
    }
    const items = Array.isArray(coll) ? coll.map((v, i) => [i, v]) : isObject2(coll) ? Object.keys(coll).sort().map((k) => [k, coll[k]]) : [];
    if (!Array.isArray(coll) && !isObject2(coll)) {
      this.#issue("expression-error", forEach.path, `for_each of dynamic ${JSON.stringify(type)} must be a list, set or map, got ${describe2(coll)}`);
      return [];
    }
    const out = [];
    for (const [key, value] of items) {
      const inner = scope.with(/* @__PURE__ */ new Map([[iterator, { key, value }]]));
      let labels = [];
      const labelsAttr = dynamic.attributes.get("labels");
      if (labelsAttr !== void 0) {
        const lv = this.value({ ...labelsAttr, scope: inner });
        if (lv instanceof Unknown || !Array.isArray(lv)) {
          this.consulted(labelsAttr, lv instanceof Unknown ? lv : new Unknown("labels is not a list"), `labels of dynamic ${JSON.stringify(type)}`);
          continue;
        }
        labels = lv.map((l) => typeof l === "string" || typeof l === "number" ? String(l) : JSON.stringify(l));
      }
      const generated = this.#expandIn(content, inner);
      out.push({ ...generated, type, kind: content.kind, labels });
    }
    return out;
  }
};
var TYPE_WORDS2 = { string: "a string", duration: "a duration", number: "a number", bool: "a bool", list: "a list", map: "a map", any: "a value" };
function valueFits(v, type) {
  switch (type) {
    case "string":
    case "duration":
      return typeof v === "string" || typeof v === "number" || typeof v === "boolean";
    case "number":
      return typeof v === "number" || typeof v === "string" && NUMERIC.test(v);
    case "bool":
      return typeof v === "boolean" || v === "true" || v === "false";
    case "list":
      return Array.isArray(v);
    case "map":
      return isObject2(v);
    case "any":
      return true;
  }
}
function hasDynamic(block) {
  return block.blocks.some((b) => b.type === DYNAMIC2 || hasDynamic(b));
}
function withScope(attributes, scope) {
  const out = /* @__PURE__ */ new Map();
  for (const [k, a] of attributes) out.set(k, { ...a, scope });
  return out;
}
function message(error) {
  if (error instanceof EvalError || error instanceof ExprSyntaxError) return error.message;
  throw error;
}

// src/model/job.ts
init_import_meta_url();
var emptyBody = { attributes: /* @__PURE__ */ new Map(), blocks: [] };
function buildJobs(root2) {
  return blocksOf(root2, "job").map((jobBlock) => {
    const groups = [];
    const job = { name: jobBlock.labels[0] ?? "", block: jobBlock, groups };
    for (const groupBlock of blocksOf(jobBlock, "group")) {
      const tasks = [];
      const group = { name: groupBlock.labels[0] ?? "", block: groupBlock, implicit: false, job, tasks };
      for (const taskBlock of blocksOf(groupBlock, "task")) tasks.push({ name: taskBlock.labels[0] ?? "", block: taskBlock, group, job });
      groups.push(group);
    }
    for (const taskBlock of blocksOf(jobBlock, "task")) {
      const name = taskBlock.labels[0] ?? "";
      const tasks = [];
      const shell = { ...taskBlock, ...emptyBody, type: "group", kind: "group" };
      const group = { name, block: shell, implicit: true, job, tasks };
      tasks.push({ name, block: taskBlock, group, job });
      groups.push(group);
    }
    return job;
  });
}

// src/parse/document.ts
init_import_meta_url();
function tooDeep(range, maxNesting) {
  return { ruleId: "input-limit", ...range, message: `blocks and values are nested more than ${maxNesting} levels deep (--max-nesting): not linted` };
}

// src/parse/readers.ts
init_import_meta_url();

// src/parse/read-json.ts
init_import_meta_url();

// src/parse/api-json.ts
init_import_meta_url();
function isObj2(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function field(obj, name) {
  if (name in obj) return [name, obj[name]];
  const lower = name.toLowerCase();
  for (const key of Object.keys(obj)) if (key.toLowerCase() === lower) return [key, obj[key]];
  return void 0;
}
var CANONICAL = {
  ephemeral_disk: { SizeMB: [300], Sticky: [false], Migrate: [false] },
  logs: { MaxFiles: [10], MaxFileSizeMB: [10], Disabled: [false], Enabled: [true] },
  consul: { Namespace: [""], Cluster: ["", "default"], Partition: [""] }
};
var ZERO_IS_UNSET = {
  resources: ["Cores", "MemoryMaxMB", "DiskMB", "IOPS", "SecretsMB"]
};
function isCanonical(kind, obj) {
  const defaults = CANONICAL[kind];
  if (defaults === void 0) return false;
  return Object.entries(obj).every(([key, v]) => {
    if (v === null) return true;
    const allowed = field(defaults, key)?.[1];
    return allowed !== void 0 && allowed.includes(v);
  });
}
function looksLikeJob(v) {
  return isObj2(v) && (field(v, "TaskGroups") !== void 0 || typeof field(v, "ID")?.[1] === "string");
}
function findApiJob(doc) {
  const notJob = 'not a Nomad job: expected {"Job": {...}} or a job object with "TaskGroups" (API JSON), or {"job": {"<name>": {...}}} (HCL JSON syntax)';
  if (!isObj2(doc)) return { problem: notJob };
  const wrapped = field(doc, "Job");
  if (wrapped !== void 0 && looksLikeJob(wrapped[1])) return { job: wrapped[1], path: [wrapped[0]] };
  if (looksLikeJob(doc)) return { job: doc, path: [] };
  return { problem: notJob };
}
function apiJobTree(job, path18) {
  const jobBlock = build("job", "Job", "job", [String(field(job, "ID")?.[1] ?? field(job, "Name")?.[1] ?? "")], path18, job);
  return { type: "", kind: "root", labels: [], path: [], attributes: /* @__PURE__ */ new Map(), blocks: [jobBlock] };
}
function build(type, struct, kind, labels, path18, obj) {
  const attributes = /* @__PURE__ */ new Map();
  const blocks = [];
  const spec = NOMAD_API[struct];
  const zero = ZERO_IS_UNSET[kind] ?? [];
  for (const [hcl, f] of Object.entries(spec?.fields ?? {})) {
    const found = field(obj, f.go);
    if (found === void 0 || found[1] === null) continue;
    const [key, value] = found;
    const at2 = [...path18, key];
    if (f.type !== void 0) {
      if (!(value === 0 && zero.includes(f.go))) attributes.set(hcl, { name: hcl, value, path: at2 });
      continue;
    }
    const childKind = JOBSPEC[kind]?.blocks[hcl]?.kind ?? "opaque";
    if (f.map !== void 0) {
      if (isObj2(value)) blocks.push(mapBlock(hcl, childKind, at2, value));
      continue;
    }
    const target = f.block;
    const labelField = NOMAD_API[target]?.labels?.[0]?.go;
    const one = (item, p, label) => {
      if (!isObj2(item) || isCanonical(childKind, item)) return;
      const itemLabels = label !== void 0 ? [label] : labelField !== void 0 ? [String(field(item, labelField)?.[1] ?? "")] : [];
      blocks.push(build(hcl, target, childKind, itemLabels, p, item));
    };
    if (f.mode === "by_label" && isObj2(value)) for (const [name, item] of Object.entries(value)) one(item, [...at2, name], name);
    else if (Array.isArray(value)) value.forEach((item, i) => one(item, [...at2, i], void 0));
    else one(value, at2, void 0);
  }
  if (struct === "Task") {
    const identity = field(obj, "Identity");
    if (isObj2(identity?.[1])) blocks.push(build("identity", "WorkloadIdentity", "identity", [], [...path18, identity[0]], identity[1]));
  }
  return { type, kind, labels, path: path18, attributes, blocks };
}
function mapBlock(type, kind, path18, obj) {
  const attributes = /* @__PURE__ */ new Map();
  for (const [k, v] of Object.entries(obj)) attributes.set(k, { name: k, value: v, path: [...path18, k] });
  return { type, kind, labels: [], path: path18, attributes, blocks: [] };
}

// src/parse/hcl-json.ts
init_import_meta_url();
var isObj3 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function readHclJson(doc) {
  const origin2 = /* @__PURE__ */ new WeakMap();
  const body = (value, kind, at2, content = "opaque") => {
    const out = {};
    origin2.set(out, at2);
    const spec = JOBSPEC[kind];
    const free = kind !== "dynamic" && (spec === void 0 || spec.opaque === true || spec.values !== void 0);
    for (const [key, v] of Object.entries(value)) {
      if (key === "//") continue;
      if (kind === "dynamic") out[key] = key === "content" ? blocks(v, 0, content, [...at2, key]) : v;
      else if (key === "dynamic" && !free && kind !== "root" && isObj3(v)) out[key] = dynamicBlocks(v, spec.blocks, [...at2, key]);
      else {
        const child = free ? void 0 : spec.blocks[key];
        if (child !== void 0) out[key] = blocks(v, child.labels, child.kind, [...at2, key]);
        else if (!free && isObj3(v) && spec.attributes[key] === void 0) out[key] = blocks(v, 0, "unknown", [...at2, key]);
        else out[key] = v;
      }
    }
    return out;
  };
  const dynamicBlocks = (v, targets, at2) => {
    const out = {};
    for (const [type, d] of Object.entries(v)) {
      if (type !== "//") out[type] = blocks(d, 0, "dynamic", [...at2, type], targets[type]?.kind ?? "opaque");
    }
    return out;
  };
  const blocks = (v, labels, kind, at2, content) => {
    const items = Array.isArray(v) ? v.map((x, i) => [x, [...at2, i]]) : [[v, at2]];
    if (labels === 0) {
      const bodies = [];
      for (const [x, p] of items) if (isObj3(x)) bodies.push(body(x, kind, p, content));
      return bodies.length === items.length ? bodies : v;
    }
    const byLabel = {};
    for (const [x, p] of items) {
      if (!isObj3(x)) return v;
      for (const [label, inner] of Object.entries(x)) {
        if (label === "//") continue;
        const nested = blocks(inner, labels - 1, kind, [...p, label], content);
        const prev = byLabel[label];
        byLabel[label] = Array.isArray(prev) && Array.isArray(nested) ? [...prev, ...nested] : nested;
      }
    }
    return byLabel;
  };
  const json2 = body(doc, "root", []);
  return {
    json: json2,
    sourcePath(path18) {
      let node = json2;
      let base = [];
      let rest = 0;
      for (let i = 0; i < path18.length; i++) {
        const seg = path18[i];
        node = Array.isArray(node) ? node[Number(seg)] : isObj3(node) ? node[String(seg)] : void 0;
        if (node === void 0) break;
        const from = typeof node === "object" && node !== null ? origin2.get(node) : void 0;
        if (from !== void 0) {
          base = from;
          rest = i + 1;
        }
      }
      return [...base, ...path18.slice(rest).filter((s) => typeof s === "string")];
    }
  };
}

// src/parse/read-json.ts
var jsonReader = {
  read(source, _answer, { maxNesting }) {
    const parsed = parseJsonSource(source.text);
    if (!parsed.ok) return { ok: false, fatal: parsed.errors.map((e) => ({ ruleId: "syntax", line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn, message: e.message })) };
    if (jsonDepth(parsed.doc.value, maxNesting) > maxNesting) return { ok: false, fatal: [tooDeep({ line: 1, column: 1, endLine: 1, endColumn: 1 }, maxNesting)] };
    const value = parsed.doc.value;
    const found = findApiJob(value);
    if ("job" in found) return { ok: true, doc: document(parsed.doc, apiJobTree(found.job, found.path), true, void 0, (p) => p) };
    if (value !== null && typeof value === "object" && !Array.isArray(value) && "job" in value) {
      const hcl = readHclJson(value);
      return { ok: true, doc: document(parsed.doc, buildTree(hcl.json), false, hcl.json, (p) => hcl.sourcePath(p)) };
    }
    return { ok: false, fatal: [{ ruleId: "jobspec-schema", line: 1, column: 1, endLine: 1, endColumn: 2, message: found.problem }] };
  }
};
function document(doc, tree, literal, schemaInput, toSource) {
  return {
    tree,
    literal,
    jsonSyntax: true,
    schemaInput,
    bothForms: void 0,
    notices: [],
    rangeOf: (p) => {
      const at2 = toSource(p);
      if (typeof p[p.length - 1] !== "number") return doc.rangeOf(at2, true);
      const r = doc.rangeOf(at2);
      return { line: r.line, column: r.column, endLine: r.line, endColumn: r.column + 1 };
    },
    comments: void 0,
    syntaxOf: void 0
  };
}

// src/parse/read-hcl.ts
init_import_meta_url();
var import_node_path9 = __toESM(require("node:path"), 1);

// src/parse/sniff.ts
init_import_meta_url();
var JOB_HEADER = /job[ \t]+(?:"(?:\[\[[^\]\n]*\]\]|\\.|[^"\\\n])*"|[\p{ID_Start}_][\p{ID_Continue}-]*|\[\[[^\]\n]*\]\])[ \t]*\{/uy;
var HEREDOC3 = /<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/y;
var SNIFF_BYTES = 256 * 1024;
function scanCode(text, visit2) {
  let depth = 0;
  let i = 0;
  let lineStart = true;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineStart = true;
      i++;
    } else if (c === 32 || c === 9 || c === 13) {
      i++;
    } else if (c === 35 || c === 47 && text.charCodeAt(i + 1) === 47) {
      const end = text.indexOf("\n", i);
      i = end === -1 ? n : end;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf("*/", i + 2);
      i = end === -1 ? n : end + 2;
    } else if (c === 34) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 92) i += 2;
        else if (d === 34 || d === 10) break;
        else i++;
      }
      if (text.charCodeAt(i) === 34) i++;
      lineStart = false;
    } else if (c === 60 && text.charCodeAt(i + 1) === 60 && heredocEnd(text, i) !== -1) {
      i = heredocEnd(text, i);
    } else {
      if (!visit2(i, depth, lineStart)) return;
      lineStart = false;
      if (c === 123) depth++;
      else if (c === 125) depth = Math.max(0, depth - 1);
      i++;
    }
  }
}
function heredocEnd(text, at2) {
  HEREDOC3.lastIndex = at2;
  const m = HEREDOC3.exec(text);
  if (m === null) return -1;
  for (let line = HEREDOC3.lastIndex; ; ) {
    const end = text.indexOf("\n", line);
    if (end === -1) return text.length;
    if (text.slice(line, end).trim() === m[1]) return end;
    line = end + 1;
  }
}
function hasTopLevelJob(text) {
  let found = false;
  scanCode(text, (at2, depth, lineStart) => {
    if (depth !== 0 || !lineStart || text.charCodeAt(at2) !== 106) return true;
    JOB_HEADER.lastIndex = at2;
    found = JOB_HEADER.test(text);
    return !found;
  });
  return found;
}
var LEVANT = /\[\[-?\s*(?:\.|\$|(?:template|range|if|else|end|with|define|include|block|env|var|meta|quote|toJson|printf|default|coalesce|key|secret|timeNow)\b)[^\]\n]*\]\]/;
var TEMPLATE_NAME = /\.(tpl|tftpl|tmpl)$/i;
function templateKind(text, fileName) {
  if (LEVANT.test(text)) return "levant";
  if (TEMPLATE_NAME.test(fileName)) return "terraform";
  return void 0;
}
function isTemplateWhenBroken(text) {
  let found = false;
  scanCode(text, (at2) => {
    const c = text.charCodeAt(at2);
    found = (c === 36 || c === 37) && text.charCodeAt(at2 + 1) === 123 && text.charCodeAt(at2 - 1) !== c;
    return !found;
  });
  return found;
}

// src/parse/read-hcl.ts
function lowerFirst(s) {
  return s.length > 1 && /^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}
function syntaxMessage(summary2, detail) {
  const head = lowerFirst(summary2.replace(/\.$/, ""));
  const tail = lowerFirst(detail.replace(/\.$/, ""));
  return tail === "" ? head : `${head}: ${tail}`;
}
function hcl1Hint(source, e) {
  const line = source.lineText(e.line);
  const at2 = line.slice(e.column - 1);
  if (e.summary === "Invalid argument name" && /must not be quoted/.test(e.detail)) {
    return ' (HCL1 syntax: HCL2 takes no quoted keys inside a block; write a map attribute instead, such as labels = { "com.example.x" = "y" })';
  }
  if (/^\.\d/.test(at2) && !/\d$/.test(line.slice(0, e.column - 1))) {
    return ` (HCL1 syntax: HCL2 numbers need a leading zero, write 0${/^\.\d+/.exec(at2)[0]})`;
  }
  if (e.summary === "Missing key/value separator" && /^\s*\{/.test(at2)) {
    return " (HCL1 syntax: a block inside an attribute value; in HCL2 write it as an attribute, name = { ... })";
  }
  return "";
}
function templateFinding(source, kind) {
  const at2 = kind === "levant" ? source.text.search(/\[\[/) : source.text.search(/[$%]\{/);
  const start = source.positionAt(Math.max(0, at2));
  const message2 = kind === "levant" ? "this file is a levant or nomad-pack template ([[ ... ]] actions): render it (levant render, nomad-pack render) and lint the output" : "this file is a Terraform templatefile source (${...} and %{...} outside strings): render it with templatefile() and lint the output";
  return { ruleId: "jobspec-template", line: start.line, column: start.column, endLine: start.line, endColumn: start.column + 2, message: message2 };
}
var hclReader = {
  parse: async (text, filePath) => templateKind(text, import_node_path9.default.basename(filePath)) === void 0 ? runHclParser(text) : "template",
  async read(source, answer, { filePath, maxNesting }) {
    const kind = answer === "template" ? templateKind(source.text, import_node_path9.default.basename(filePath)) : void 0;
    if (kind !== void 0) return { ok: false, fatal: [templateFinding(source, kind)] };
    const parsed = await parseHcl(source, answer === "template" ? void 0 : answer);
    if (!parsed.ok && isTemplateWhenBroken(source.text)) return { ok: false, fatal: [templateFinding(source, "terraform")] };
    if (!parsed.ok) return { ok: false, fatal: parsed.errors.map((e) => ({ ruleId: "syntax", ...rangeOnly(e), message: syntaxMessage(e.summary, e.detail) + hcl1Hint(source, e) })) };
    if (jsonDepth(parsed.json, maxNesting) > maxNesting) return { ok: false, fatal: [tooDeep({ line: 1, column: 1, endLine: 1, endColumn: 1 }, maxNesting)] };
    const positions = new HclPositionMap(source);
    return {
      ok: true,
      doc: {
        tree: buildTree(parsed.json),
        literal: false,
        jsonSyntax: false,
        schemaInput: parsed.json,
        bothForms: bothForms(source, positions),
        notices: parsed.unread.length === 0 ? [] : unreadNotices(source, parsed.unread),
        rangeOf: (path18) => positions.rangeOf(path18),
        comments: () => positions.structure.comments,
        syntaxOf: (path18) => {
          if (path18.includes("dynamic")) return void 0;
          const found = positions.locate(path18);
          return found.exact ? found.item : void 0;
        }
      }
    };
  }
};
function unreadNotices(source, unread) {
  return unread.map(
    (u) => u.kind === "labels" ? { ruleId: "jobspec-schema", ...source.rangeOf(u.block.headerSpan), message: u.message } : {
      ruleId: "unread-block",
      ...source.rangeOf(u.block.headerSpan),
      message: `${u.name} is not linted: ${u.reason}, and the converter the linter reads HCL with has no JSON form for that (Nomad accepts it); nothing inside it is checked`
    }
  );
}
function bothForms(source, positions) {
  const written = /* @__PURE__ */ new Map();
  return (bodyPath, name) => {
    let both = written.get(name);
    if (both === void 0) {
      both = new RegExp(`(^|[^\\w-])${name}\\s*=`).test(source.text) && new RegExp(`(^|[^\\w-])${name}\\s*\\{`).test(source.text);
      written.set(name, both);
    }
    if (!both) return void 0;
    const found = bodyPath.length === 0 ? { item: void 0, exact: true } : positions.locate(bodyPath);
    if (!found.exact) return void 0;
    const body = found.item === void 0 ? positions.structure.body : found.item.kind === "block" ? found.item.body : void 0;
    const items = body?.items.filter((i) => (i.kind === "attribute" ? i.name : i.type) === name) ?? [];
    const first2 = items[0];
    const second = items.find((i) => i.kind !== first2?.kind);
    if (first2 === void 0 || second === void 0) return void 0;
    return { at: source.rangeOf(second.kind === "block" ? second.headerSpan : second.nameSpan), firstLine: source.rangeOf(first2.span).line };
  };
}
function rangeOnly(e) {
  return { line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn };
}

// src/parse/readers.ts
function isJsonInput(filePath, text) {
  return filePath.toLowerCase().endsWith(".json") || text !== void 0 && /^ *\{/.test(text);
}
function readerFor(filePath, text) {
  return isJsonInput(filePath, text) ? jsonReader : hclReader;
}

// src/engine/context.ts
init_import_meta_url();
function convert2(v, to) {
  try {
    return to(v);
  } catch {
    return void 0;
  }
}
var FileContext = class {
  constructor(jobs, drivers, nomadVersion, evaluator, jsonSyntax, report) {
    this.jobs = jobs;
    this.nomadVersion = nomadVersion;
    this.jsonSyntax = jsonSyntax;
    this.report = report;
    this.groups = jobs.flatMap((job) => job.groups);
    this.tasks = this.groups.flatMap((group) => group.tasks);
    this.#drivers = drivers;
    this.#evaluator = evaluator;
  }
  jobs;
  nomadVersion;
  jsonSyntax;
  report;
  groups;
  tasks;
  #drivers;
  #evaluator;
  #driverCache = /* @__PURE__ */ new Map();
  #feature;
  #walks;
  /** The walks with no feature (every remote task), which serve every feature no driver provides. */
  #anyFeature;
  useRule(meta) {
    if (meta.feature !== this.#feature) this.#walks = void 0;
    this.#feature = meta.feature;
  }
  #remote() {
    if (this.#walks !== void 0) return this.#walks;
    this.#anyFeature ??= { tasks: this.tasks.filter((t) => this.isRemote(t)), groups: this.groups.filter((g) => this.isAllRemote(g)) };
    const feature = this.#feature;
    const provided = feature !== void 0 && this.#anyFeature.tasks.some((t) => this.driverOf(t).spec?.provides?.includes(feature) === true);
    this.#walks = !provided ? this.#anyFeature : { tasks: this.tasks.filter((t) => this.isRemote(t, feature)), groups: this.groups.filter((g) => this.isAllRemote(g, feature)) };
    return this.#walks;
  }
  get remoteTasks() {
    return this.#remote().tasks;
  }
  remoteTaskBlocks(type) {
    const out = [];
    for (const task of this.#remote().tasks) for (const block of task.block.blocks) if (block.type === type) out.push({ task, block });
    return out;
  }
  allRemoteGroupBlocks(type) {
    const out = [];
    for (const group of this.#remote().groups) for (const block of group.block.blocks) if (block.type === type) out.push({ group, block });
    return out;
  }
  targetAtLeast(min) {
    return this.nomadVersion === void 0 ? void 0 : atLeast(this.nomadVersion, min);
  }
  #typed(to, attr, decides) {
    if (attr === void 0) return void 0;
    const v = this.#evaluator.value(attr);
    if (v instanceof Unknown) {
      if (decides !== void 0) this.#evaluator.consulted(attr, v, decides);
      return void 0;
    }
    return convert2(v, to);
  }
  value(attr) {
    return this.#evaluator.value(attr);
  }
  string(attr, decides) {
    return this.#typed(toStr, attr, decides);
  }
  number(attr, decides) {
    return this.#typed(toNum, attr, decides);
  }
  text(attr) {
    return attr === void 0 ? void 0 : keptText(this.#evaluator.value(attr));
  }
  bool(attr, decides) {
    return this.#typed(toBool, attr, decides);
  }
  driverOf(task) {
    let d = this.#driverCache.get(task);
    if (d === void 0) {
      const attribute = task.block.attributes.get("driver");
      const name = this.string(attribute, `driver of task ${JSON.stringify(task.name)}`);
      d = { name, attribute, spec: name === void 0 ? void 0 : this.#drivers.get(name), origin: name === void 0 ? void 0 : this.#drivers.origin(name) };
      this.#driverCache.set(task, d);
    }
    return d;
  }
  isRemote(task, feature) {
    const spec = this.driverOf(task).spec;
    if (spec?.capabilities.RemoteTasks !== true) return false;
    return feature === void 0 || !(spec.provides ?? []).includes(feature);
  }
  isAllRemote(group, feature) {
    return group.tasks.length > 0 && group.tasks.every((t) => this.isRemote(t, feature));
  }
  describeTask(task) {
    return describeTask(task, this.driverOf(task).name);
  }
};

// src/engine/directives.ts
init_import_meta_url();
function mayHaveDirectives(text) {
  return text.includes("nomad-remote-lint-disable");
}
var DIRECTIVE = /^(#|\/\/)\s*nomad-remote-lint-(disable-next-line|disable)(?=\s|$)/;
function findDirectives(source, comments) {
  const out = [];
  for (const comment of comments) {
    const m = DIRECTIVE.exec(comment.text);
    if (m === null) continue;
    const kind = m[2];
    const restStart = m[0].length;
    const rest = comment.text.slice(restStart);
    const sep = rest.search(/(^|\s)--(\s|$)/);
    const idsText = sep === -1 ? rest : rest.slice(0, sep);
    const reasonText = sep === -1 ? void 0 : rest.slice(sep).replace(/^\s*--/, "").trim();
    const ids = [];
    for (const match of idsText.matchAll(/[^\s,]+/g)) {
      const start = comment.span.start + restStart + match.index;
      ids.push({ id: match[0], span: { start, end: start + match[0].length } });
    }
    const line = source.positionAt(comment.span.start).line;
    out.push({
      kind,
      ids,
      reason: reasonText === void 0 || reasonText === "" ? void 0 : reasonText,
      span: comment.span,
      targetLine: kind === "disable-next-line" ? nextCodeLine(source, line) : void 0
    });
  }
  return out;
}
function nextCodeLine(source, line) {
  for (let l = line + 1; l <= source.lineCount; l++) {
    const text = source.lineText(l).trim();
    if (text === "" || text.startsWith("#") || text.startsWith("//")) continue;
    if (text.startsWith("/*") && text.endsWith("*/")) continue;
    return l;
  }
  return void 0;
}
function covers(directive, ruleId, line) {
  if (directive.kind === "disable-next-line" && directive.targetLine !== line) return false;
  return directive.ids.length === 0 || directive.ids.some((d) => d.id === ruleId);
}

// src/engine/report.ts
init_import_meta_url();

// src/engine/editor.ts
init_import_meta_url();

// src/edit/edits.ts
init_import_meta_url();

// src/edit/lines.ts
init_import_meta_url();
var lastText;
var lastLines = [];
function splitLines(text) {
  if (text === lastText) return lastLines;
  const lines2 = [];
  let start = 0;
  const re = /\r\n|\n|\r/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    lines2.push({ start, text: text.slice(start, m.index), eol: m[0] });
    start = m.index + m[0].length;
  }
  lines2.push({ start, text: text.slice(start), eol: "" });
  lastText = text;
  lastLines = lines2;
  return lines2;
}
function lineIndexAt(lines2, offset) {
  let lo = 0;
  let hi = lines2.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (lines2[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
var indentOf = (line) => /^[ \t]*/.exec(line)[0];
function isBlankOrComment(text) {
  const t = text.trim();
  return t === "" || t.startsWith("#") || t.startsWith("//") || t.startsWith("/*") && t.endsWith("*/");
}
function ownsLines(lines2, span) {
  const first2 = lines2[lineIndexAt(lines2, span.start)];
  const last = lines2[lineIndexAt(lines2, span.end)];
  if (first2.text.slice(0, span.start - first2.start).trim() !== "") return false;
  return isBlankOrComment(last.text.slice(span.end - last.start));
}
function indentUnit(lines2) {
  let tabs = 0;
  let spaces = 0;
  for (const l of lines2) {
    if (l.text.startsWith("	")) tabs++;
    else if (l.text.startsWith(" ")) spaces++;
  }
  return tabs > spaces ? "	" : "  ";
}
var ATTRIBUTE_LINE = /^([ \t]*)([A-Za-z_][A-Za-z0-9_-]*)[ \t]*=(?!=)[ \t]*(.*)$/;
function splitAttributeLine(text, valueEnd) {
  const m = ATTRIBUTE_LINE.exec(text.slice(0, valueEnd));
  if (m === null) return void 0;
  const rest = text.slice(valueEnd).trim();
  return { indent: m[1], name: m[2], value: m[3].trimEnd(), comment: rest === "" ? void 0 : rest };
}
function alignTouchedRuns(body) {
  let i = 0;
  while (i < body.length) {
    if (body[i].valueEnd === void 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < body.length && body[j].valueEnd !== void 0) j++;
    const run2 = body.slice(i, j);
    if (run2.some((l) => l.touched)) {
      const parts = run2.map((l) => splitAttributeLine(l.text, l.valueEnd));
      if (parts.every((p) => p !== void 0)) {
        const width = Math.max(...parts.map((p) => p.name.length));
        const code = parts.map((p) => `${p.indent}${p.name.padEnd(width)} = ${p.value}`);
        const commentAt = Math.max(0, ...code.filter((_c, k) => parts[k].comment !== void 0).map((c) => c.length));
        run2.forEach((l, k) => {
          const p = parts[k];
          l.text = p.comment === void 0 ? code[k] : `${code[k].padEnd(commentAt)} ${p.comment}`;
          l.valueEnd = code[k].length;
        });
      }
    }
    i = j;
  }
}

// src/edit/edits.ts
function attributeLine(indent, name, value, eol) {
  const text = `${indent}${name} = ${value}`;
  return { text, eol, touched: true, valueEnd: text.length };
}
var attributeOf = (block, name) => block.body.items.find((i) => i.kind === "attribute" && i.name === name);
function bracesOnOwnLines(lines2, block) {
  const open = lines2[lineIndexAt(lines2, block.openBrace)];
  const close = lines2[lineIndexAt(lines2, block.closeBrace)];
  return open !== close && isBlankOrComment(open.text.slice(block.openBrace - open.start + 1)) && close.text.slice(0, block.closeBrace - close.start).trim() === "";
}
function setAttributes(text, block, values, options = {}) {
  if (block.closeBrace === -1) return void 0;
  const remove = /* @__PURE__ */ new Set([...options.remove ?? [], ...Object.keys(options.replace ?? {})]);
  const standIn = new Map(Object.entries(options.replace ?? {}).map(([removed, set]) => [set, removed]));
  const lines2 = splitLines(text);
  const blockLine = lines2[lineIndexAt(lines2, block.span.start)];
  const eol = lines2[lineIndexAt(lines2, block.openBrace)].eol || "\n";
  const items = block.body.items;
  if (!bracesOnOwnLines(lines2, block)) {
    const names = /* @__PURE__ */ new Set([...values.map(([n]) => n), ...remove]);
    if (items.some((i) => i.kind === "block" || !names.has(i.name))) return void 0;
    const between = text.slice(block.openBrace + 1, block.closeBrace);
    const rest = items.reduce((s, i) => s.replace(text.slice(i.span.start, i.span.end), ""), between);
    if (rest.trim() !== "") return void 0;
    const indent2 = indentOf(blockLine.text);
    const unit = indentUnit(lines2);
    const body2 = [];
    for (const [name, value] of values) {
      const attr = attributeOf(block, name);
      const written = attr === void 0 ? void 0 : text.slice(attr.exprSpan.start, attr.exprSpan.end);
      const shown = value ?? written;
      if (shown !== void 0) body2.push(attributeLine(indent2 + unit, name, shown, eol));
    }
    alignTouchedRuns(body2);
    const replacement = `${text.slice(block.span.start, block.openBrace + 1)}${eol}${body2.map((l) => l.text + l.eol).join("")}${indent2}}`;
    if (replacement === text.slice(block.span.start, block.closeBrace + 1)) return void 0;
    return { range: [block.span.start, block.closeBrace + 1], text: replacement };
  }
  const first2 = lineIndexAt(lines2, block.openBrace) + 1;
  const last = lineIndexAt(lines2, block.closeBrace) - 1;
  if (!items.every((i) => ownsLines(lines2, i.span))) return void 0;
  const singleLine = /* @__PURE__ */ new Map();
  for (const i of items) {
    if (i.kind === "attribute" && lineIndexAt(lines2, i.span.start) === lineIndexAt(lines2, i.span.end)) singleLine.set(lineIndexAt(lines2, i.span.start), i);
  }
  const body = [];
  for (let n = first2; n <= last; n++) {
    const l = lines2[n];
    const attr = singleLine.get(n);
    body.push({ text: l.text, eol: l.eol, touched: false, ...attr ? { valueEnd: attr.exprSpan.end - l.start } : {} });
  }
  const at2 = (item) => lineIndexAt(lines2, item.span.start) - first2;
  const through = (item) => lineIndexAt(lines2, item.span.end) - first2;
  const firstItemLine = items.length > 0 ? lines2[lineIndexAt(lines2, items[0].span.start)].text : void 0;
  const indent = firstItemLine !== void 0 ? indentOf(firstItemLine) : indentOf(blockLine.text) + indentUnit(lines2);
  let changed = false;
  const setValue = (attr, wanted) => {
    if (text.slice(attr.exprSpan.start, attr.exprSpan.end).trim() === wanted || at2(attr) !== through(attr)) return;
    const line = body[at2(attr)];
    const start2 = lines2[first2 + at2(attr)].start;
    line.text = line.text.slice(0, attr.exprSpan.start - start2) + wanted + line.text.slice(attr.exprSpan.end - start2);
    line.valueEnd = attr.exprSpan.start - start2 + wanted.length;
    line.touched = true;
    changed = true;
  };
  for (const item of items) {
    if (!remove.has(item.kind === "attribute" ? item.name : item.type)) continue;
    for (let k = at2(item); k <= through(item); k++) body[k].removed = true;
    changed = true;
  }
  const start = [];
  const placed = /* @__PURE__ */ new Map();
  values.forEach(([name, value], i) => {
    const attr = attributeOf(block, name);
    if (attr !== void 0) {
      if (value !== void 0) setValue(attr, String(value));
      placed.set(name, { line: through(attr), list: "after" });
      return;
    }
    if (value === void 0) return;
    const line = attributeLine(indent, name, value, eol);
    changed = true;
    const replaced = standIn.get(name);
    const stand = replaced === void 0 ? void 0 : attributeOf(block, replaced);
    const previous = values.slice(0, i).reverse().find(([n]) => placed.has(n));
    const next = values.slice(i + 1).map(([n]) => attributeOf(block, n)).find((a) => a !== void 0);
    let where;
    if (stand !== void 0) where = { line: at2(stand), list: "before" };
    else if (previous !== void 0) where = placed.get(previous[0]);
    else if (next !== void 0) where = { line: at2(next), list: "before" };
    else where = "start";
    if (where === "start") start.push(line);
    else (body[where.line][where.list] ??= []).push(line);
    placed.set(name, where);
  });
  if (!changed) return void 0;
  const out = [...start];
  let afterRemoval = false;
  body.forEach((l, k) => {
    out.push(...l.before ?? []);
    if (l.removed) {
      if (k > 0) body[k - 1].touched = true;
      if (k + 1 < body.length) body[k + 1].touched = true;
      afterRemoval = true;
    } else {
      const blank2 = l.text.trim() === "";
      if (!(blank2 && afterRemoval && out.length > 0 && out[out.length - 1].text.trim() === "")) out.push(l);
      afterRemoval = false;
    }
    out.push(...l.after ?? []);
  });
  const endedBlank = body.length > 0 && body[body.length - 1].text.trim() === "";
  while (!endedBlank && out.length > 0 && out[out.length - 1].text.trim() === "" && out[out.length - 1].valueEnd === void 0) out.pop();
  alignTouchedRuns(out);
  const from = lines2[first2]?.start ?? lines2[lineIndexAt(lines2, block.closeBrace)].start;
  const to = lines2[lineIndexAt(lines2, block.closeBrace)].start;
  return { range: [from, to], text: out.map((l) => l.text + l.eol).join("") };
}
function insertBlock(text, parent, type, attributes) {
  if (parent.closeBrace === -1) return void 0;
  const lines2 = splitLines(text);
  const closeIndex = lineIndexAt(lines2, parent.closeBrace);
  const close = lines2[closeIndex];
  if (close.text.slice(0, parent.closeBrace - close.start).trim() !== "" || closeIndex === lineIndexAt(lines2, parent.openBrace)) return void 0;
  const first2 = parent.body.items[0];
  const unit = indentUnit(lines2);
  const indent = first2 !== void 0 ? indentOf(lines2[lineIndexAt(lines2, first2.span.start)].text) : indentOf(lines2[lineIndexAt(lines2, parent.span.start)].text) + unit;
  const eol = lines2[lineIndexAt(lines2, parent.openBrace)].eol || "\n";
  const previous = lines2[closeIndex - 1];
  const gap = previous.text.trim() === "" || closeIndex - 1 === lineIndexAt(lines2, parent.openBrace) ? "" : eol;
  const width = Math.max(0, ...attributes.map(([n]) => n.length));
  const block = [`${indent}${type} {`, ...attributes.map(([n, v]) => `${indent}${unit}${n.padEnd(width)} = ${v}`), `${indent}}`].join(eol) + eol;
  return { range: [close.start, close.start], text: gap + block };
}
function removeItem(text, item) {
  const lines2 = splitLines(text);
  if (item.kind === "block" && item.closeBrace === -1) return void 0;
  if (!ownsLines(lines2, item.span)) return void 0;
  const first2 = lineIndexAt(lines2, item.span.start);
  const last = lineIndexAt(lines2, item.span.end);
  const end = last + 1 < lines2.length ? lines2[last + 1].start : text.length;
  return { range: [lines2[first2].start, end], text: "" };
}

// src/engine/editor.ts
function createEditor(text, syntaxOf) {
  const blockAt = (path18) => {
    const item = syntaxOf(path18);
    return item?.kind === "block" ? item : void 0;
  };
  return {
    remove(node) {
      const item = syntaxOf(node.path);
      return item === void 0 ? void 0 : removeItem(text, item);
    },
    setAttributes(block, values, options) {
      const syntax = blockAt(block.path);
      return syntax === void 0 ? void 0 : setAttributes(text, syntax, values, options);
    },
    insertBlock(parent, type, attributes) {
      const syntax = blockAt(parent.path);
      return syntax === void 0 ? void 0 : insertBlock(text, syntax, type, attributes);
    }
  };
}

// src/engine/report.ts
var ReportTranslator = class {
  #doc;
  #driverOf;
  /** Edits are computed from this; undefined when the run asks for none or the format has none (API JSON). */
  #editor;
  /** Edits already computed: several findings may share one (a block brought to the minimum). */
  #computed = /* @__PURE__ */ new Map();
  constructor(doc, text, options, driverOf) {
    this.#doc = doc;
    this.#driverOf = driverOf;
    this.#editor = options.fixes && doc.syntaxOf !== void 0 ? createEditor(text, doc.syntaxOf) : void 0;
  }
  /** A finding of the engine's own at a path (schema, evaluation). */
  issue(ruleId, severity, path18, message2) {
    return { ruleId, severity, message: message2, ...this.#doc.rangeOf(path18), url: ruleDocUrl(ruleId) };
  }
  /** A finding of the engine's own at a range of the source. */
  issueAt(ruleId, severity, range, message2) {
    return { ruleId, severity, message: message2, ...range, url: ruleDocUrl(ruleId) };
  }
  diagnostic(report, meta, severity) {
    const d = { ruleId: meta.id, severity, message: report.message, ...this.#doc.rangeOf(report.at.path) };
    const task = report.task;
    const group = report.group ?? task?.group;
    const job = report.job ?? group?.job;
    if (job !== void 0) d.job = job.name;
    if (group !== void 0) d.group = group.name;
    if (task !== void 0) {
      d.task = task.name;
      const driver2 = this.#driverOf(task).name;
      if (driver2 !== void 0) d.driver = driver2;
    }
    d.url = ruleDocUrl(meta.id);
    const editor = this.#editor;
    if (report.fix !== void 0) {
      if (typeof report.fix !== "function") d.fix = report.fix;
      else if (editor === void 0) d.fixable = true;
      else {
        const fix = this.#compute(report.fix, editor);
        if (fix !== void 0) d.fix = fix;
      }
    }
    if (editor !== void 0 || report.suggestions?.some((s) => typeof s.fix !== "function")) {
      const suggestions = report.suggestions !== void 0 ? edits(report.suggestions, editor) : meta.feature !== void 0 && editor !== void 0 ? this.#removal(report, editor) : [];
      if (suggestions.length > 0) d.suggestions = suggestions;
    }
    return d;
  }
  #compute(edit, editor) {
    if (!this.#computed.has(edit)) this.#computed.set(edit, edit(editor));
    return this.#computed.get(edit);
  }
  /**
   * For a finding on something that does nothing for a remote task: removing it, offered as a
   * suggestion (--fix never deletes what the user wrote).
   */
  #removal(report, editor) {
    if (!("type" in report.at) && !("name" in report.at)) return [];
    const item = this.#doc.syntaxOf?.(report.at.path);
    if (item === void 0) return [];
    const fix = editor.remove(report.at);
    return fix === void 0 ? [] : [{ desc: `Remove ${describeItem(item)}`, fix }];
  }
};
function edits(suggested, editor) {
  const out = [];
  for (const s of suggested) {
    const fix = typeof s.fix !== "function" ? s.fix : editor === void 0 ? void 0 : s.fix(editor);
    if (fix !== void 0) out.push({ desc: s.desc, fix });
  }
  return out;
}

// src/engine/suppress.ts
init_import_meta_url();
function suppress(messages, directives, source, settings) {
  const kept = [];
  const suppressions = [];
  const used = new Map(directives.map((d) => [d, /* @__PURE__ */ new Set()]));
  for (const message2 of messages) {
    const directive = UNSUPPRESSIBLE.has(message2.ruleId) ? void 0 : directives.find((d) => covers(d, message2.ruleId, message2.line));
    if (directive === void 0) {
      kept.push(message2);
      continue;
    }
    used.get(directive).add(directive.ids.length === 0 ? "*" : message2.ruleId);
    const pos = source.positionAt(directive.span.start);
    suppressions.push({
      message: message2,
      directive: { kind: directive.kind, line: pos.line, column: pos.column, ...directive.reason ? { reason: directive.reason } : {} }
    });
  }
  const report = (meta, span, message2) => {
    const setting = settings.severity(meta);
    if (setting === "off") return;
    kept.push({ ruleId: meta.id, severity: setting, message: message2, ...source.rangeOf(span), url: ruleDocUrl(meta.id) });
  };
  for (const directive of directives) {
    const name = `nomad-remote-lint-${directive.kind}`;
    for (const { id, span } of directive.ids) {
      if (!settings.knownIds.includes(id)) {
        const hint = closest(id, settings.knownIds);
        report(UNKNOWN_RULE_META, span, `unknown rule ${JSON.stringify(id)} in ${name}${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ""}`);
      } else if (!used.get(directive).has(id)) {
        const where = directive.kind === "disable" ? "in this file" : directive.targetLine === void 0 ? "after it" : `on line ${directive.targetLine}`;
        report(UNUSED_DISABLE_META, span, `${name} for ${JSON.stringify(id)} silences nothing: no ${id} finding ${where}`);
      }
    }
    if (directive.ids.length === 0 && used.get(directive).size === 0) {
      report(UNUSED_DISABLE_META, directive.span, `${name} silences nothing`);
    }
    if (settings.requireReason && directive.reason === void 0) {
      report(MISSING_REASON_META, directive.span, `${name} gives no reason: add one after " -- "`);
    }
  }
  return { kept, suppressions };
}

// src/engine/linter.ts
var Linter = class {
  #rules;
  #metas;
  limits;
  constructor(options) {
    this.#rules = options.rules;
    this.#metas = new Map([...options.builtins, ...options.rules.map((r) => r.meta)].map((m) => [m.id, m]));
    this.limits = options.limits;
    if (!(this.limits.maxNesting >= 1 && this.limits.maxNesting <= MAX_NESTING_CEILING)) {
      throw new RangeError(`maxNesting must be from 1 to ${MAX_NESTING_CEILING}, got ${this.limits.maxNesting}`);
    }
  }
  /** Every id a configuration or directive may name. */
  get ruleIds() {
    return [...this.#metas.keys()];
  }
  /** Lints one text and says what the result depends on, for callers that cache results. */
  async lintDocument(raw, filePath, settings) {
    return this.#lintParsed(await this.#parseAhead(raw, filePath), filePath, settings);
  }
  /**
   * Lints several texts, as lintDocument each, with the parser run on all of them before the
   * rules run on the first. The parser (WebAssembly, its code and heap several megabytes) is
   * slower right after the rest of the linter has run than right after another parse: its
   * code and data have to come back into the processor's caches (`npm run bench` shows the
   * gain against a bare parse loop).
   */
  async lintDocuments(items) {
    const parsed = [];
    for (const item of items) parsed.push(await this.#parseAhead(item.raw, item.filePath));
    const docs = [];
    for (const [i, item] of items.entries()) docs.push(await this.#lintParsed(parsed[i], item.filePath, item.settings));
    return docs;
  }
  async #parseAhead(raw, filePath) {
    const source = new SourceText(raw);
    const reader = readerFor(filePath, source.text);
    const deep = firstTooDeep(source.text, this.limits.maxNesting);
    const answer = deep === -1 && reader.parse !== void 0 ? await reader.parse(source.text, filePath) : void 0;
    return { source, reader, deep, answer };
  }
  async #lintParsed({ source, reader, deep, answer }, filePath, settings) {
    const fsReads = [];
    const severity = (meta) => settings.severities.get(meta.id) ?? meta.severity;
    const fatal = (findings) => {
      const shown = [];
      for (const f of findings) {
        const setting = severity(this.#metas.get(f.ruleId));
        if (setting !== "off") shown.push({ ...fatalFinding(f, f.message, f.ruleId), severity: setting });
      }
      return { result: finish(filePath, shown, [], source), fsReads, varFileFindings: [], declaredVariables: [] };
    };
    await prepareConfigValidators(settings.drivers);
    if (deep !== -1) return fatal([tooDeep(source.rangeOf({ start: deep, end: deep + 1 }), this.limits.maxNesting)]);
    const read = await reader.read(source, answer, { filePath, maxNesting: this.limits.maxNesting });
    if (!read.ok) return fatal(read.fatal);
    const doc = read.doc;
    const options = settings.options;
    const evaluator = new DocumentEvaluator(
      doc.tree,
      doc.literal ? NO_INPUTS : settings.variables,
      { baseDir: import_node_path10.default.isAbsolute(filePath) && !doc.literal ? import_node_path10.default.dirname(filePath) : void 0, allowFs: options.allowFs && !doc.literal, onRead: (r) => fsReads.push(r) },
      import_node_path10.default.basename(filePath),
      doc.literal
    );
    const expanded = evaluator.expand(doc.tree);
    evaluator.evaluateAll(expanded);
    const jobs = buildJobs(expanded);
    const messages = [];
    let current2;
    const context = new FileContext(jobs, settings.drivers, settings.nomadVersion, evaluator, doc.jsonSyntax, (report) => {
      if (current2 !== void 0) messages.push(translator.diagnostic(report, current2.rule.meta, current2.severity));
    });
    const translator = new ReportTranslator(doc, source.text, options, (task) => context.driverOf(task));
    const issue = (ruleId, p, message2) => {
      const setting = severity(this.#metas.get(ruleId));
      if (setting !== "off") messages.push(translator.issue(ruleId, setting, p, message2));
    };
    for (const n of doc.notices) {
      const setting = severity(this.#metas.get(n.ruleId));
      if (setting !== "off") messages.push(translator.issueAt(n.ruleId, setting, n, n.message));
    }
    const schemaSeverity = severity(JOBSPEC_SCHEMA_META);
    if (doc.schemaInput !== void 0 && schemaSeverity !== "off") {
      for (const f of validateJobspec(doc.schemaInput, settings.nomadVersion, doc.bothForms)) {
        const id = JOBSPEC_SCHEMA_META.id;
        messages.push(f.range !== void 0 ? translator.issueAt(id, schemaSeverity, f.range, f.message) : translator.issue(id, schemaSeverity, f.path, f.message));
      }
    }
    for (const rule of this.#rules) {
      const setting = severity(rule.meta);
      if (setting === "off") continue;
      current2 = { rule, severity: setting };
      context.useRule(rule.meta);
      try {
        rule.check(context);
      } catch (error) {
        throw new Error(`rule ${rule.meta.id} failed on ${filePath}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    }
    current2 = void 0;
    for (const e of evaluator.issues) issue(e.ruleId, e.path, e.message);
    const varFileFindings = evaluator.varFileIssues.map((i) => ({ ruleId: i.ruleId, file: i.file, message: i.message, ...i.range }));
    const declaredVariables = evaluator.declaredVariables;
    if (!options.inlineConfig || doc.comments === void 0 || !mayHaveDirectives(source.text)) {
      return { result: finish(filePath, messages, [], source), fsReads, varFileFindings, declaredVariables };
    }
    const directives = findDirectives(source, doc.comments());
    const { kept, suppressions } = suppress(messages, directives, source, { knownIds: this.ruleIds, severity, requireReason: options.requireDisableReason });
    return { result: finish(filePath, kept, suppressions, source), fsReads, varFileFindings, declaredVariables };
  }
};

// src/util/digest.ts
init_import_meta_url();
var crypto2 = __toESM(require("node:crypto"), 1);
var oneShot = crypto2.hash;
function digest(algorithm, data, encoding) {
  return oneShot !== void 0 ? oneShot(algorithm, data, encoding) : crypto2.createHash(algorithm).update(data).digest(encoding);
}

// src/run/context.ts
function allRuleMeta() {
  return [...rules.map((r) => r.meta), ...BUILTIN_META];
}
function settingsJson(_key, value) {
  if (value instanceof Map) return [...value].sort((a, b) => String(a[0]) < String(b[0]) ? -1 : 1);
  if (value instanceof DriverRegistry) return value.all.map((d) => d.spec);
  return value;
}
var RunContext = class {
  constructor(setup) {
    this.setup = setup;
    this.linter = new Linter({ rules, builtins: BUILTIN_META, limits: setup.options.limits });
    this.resolver = new ConfigResolver({ cwd: setup.cwd, options: setup.options, variables: setup.variables, shipped: shippedRegistry(), knownIds: this.linter.ruleIds });
  }
  setup;
  linter;
  resolver;
  #fingerprints = /* @__PURE__ */ new WeakMap();
  lint(file, text) {
    return this.linter.lintDocument(text, file, this.resolver.resolve(file).settings);
  }
  /** Lints texts together (see Linter.lintDocuments); the results are in the order of `items`. */
  lintBatch(items) {
    return this.linter.lintDocuments(items.map((j) => ({ raw: j.text, filePath: j.file, settings: this.resolver.resolve(j.file).settings })));
  }
  /**
   * A digest of everything besides a file's text that its result depends on: the linter
   * version and the whole of the file's settings (options, variables, severities, drivers,
   * target version); the key of cached results.
   */
  fingerprint(settings) {
    let f = this.#fingerprints.get(settings);
    if (f === void 0) {
      f = digest("sha256", JSON.stringify({ version: VERSION2, settings }, settingsJson), "hex");
      this.#fingerprints.set(settings, f);
    }
    return f;
  }
};

// src/run/lint-run.ts
init_import_meta_url();
var import_node_fs13 = require("node:fs");
var import_node_path15 = __toESM(require("node:path"), 1);

// src/fix/fix-files.ts
init_import_meta_url();
var import_node_path12 = __toESM(require("node:path"), 1);

// node_modules/diff/libesm/index.js
init_import_meta_url();

// node_modules/diff/libesm/diff/base.js
init_import_meta_url();
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path18, added, removed, oldPosInc, options) {
    const last = path18.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path18.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path18.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
init_import_meta_url();
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
init_import_meta_url();
function needsQuoting(s) {
  for (let i = 0; i < s.length; i++) {
    if (s[i] < " " || s[i] > "~" || s[i] === '"' || s[i] === "\\") {
      return true;
    }
  }
  return false;
}
function quoteFileNameIfNeeded(s) {
  if (!needsQuoting(s)) {
    return s;
  }
  let result = '"';
  const bytes = new TextEncoder().encode(s);
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 7) {
      result += "\\a";
    } else if (b === 8) {
      result += "\\b";
    } else if (b === 9) {
      result += "\\t";
    } else if (b === 10) {
      result += "\\n";
    } else if (b === 11) {
      result += "\\v";
    } else if (b === 12) {
      result += "\\f";
    } else if (b === 13) {
      result += "\\r";
    } else if (b === 34) {
      result += '\\"';
    } else if (b === 92) {
      result += "\\\\";
    } else if (b >= 32 && b <= 126) {
      result += String.fromCharCode(b);
    } else {
      result += "\\" + b.toString(8).padStart(3, "0");
    }
    i++;
  }
  result += '"';
  return result;
}
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines2) {
      return lines2.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current2 = diff[i], lines2 = current2.lines || splitLines2(current2.value);
      current2.lines = lines2;
      if (current2.added || current2.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines2) {
          curRange.push((current2.added ? "+" : "-") + line);
        }
        if (current2.added) {
          newLine += lines2.length;
        } else {
          oldLine += lines2.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines2.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines2)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines2.length, context);
            for (const line of contextLines(lines2.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines2.length;
        newLine += lines2.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a, _b, _c, _d, _e, _f;
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit)) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (patch.isGit) {
    headerOptions = INCLUDE_HEADERS;
    if (!patch.oldFileName) {
      throw new Error("oldFileName must be specified for Git patches");
    }
    if (!patch.newFileName) {
      throw new Error("newFileName must be specified for Git patches");
    }
    let gitOldName = patch.oldFileName;
    let gitNewName = patch.newFileName;
    if (patch.isCreate && gitOldName === "/dev/null") {
      gitOldName = gitNewName.replace(/^b\//, "a/");
    } else if (patch.isDelete && gitNewName === "/dev/null") {
      gitNewName = gitOldName.replace(/^a\//, "b/");
    }
    ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName));
    if (patch.isDelete) {
      ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644"));
    }
    if (patch.isCreate) {
      ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644"));
    }
    if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
      ret.push("old mode " + patch.oldMode);
      ret.push("new mode " + patch.newMode);
    }
    if (patch.isRename) {
      ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, "")));
      ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")));
    }
    if (patch.isCopy) {
      ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, "")));
      ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, "")));
    }
  } else {
    if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0) {
      ret.push("Index: " + patch.oldFileName);
    }
    if (headerOptions.includeUnderline) {
      ret.push("===================================================================");
    }
  }
  const hasHunks = patch.hunks.length > 0;
  if (headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks)) {
    ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : ""));
    ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : ""));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines2(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/fix/apply.ts
init_import_meta_url();
var MAX_PASSES = 1e3;
var keyOf = (m) => `${m.ruleId}\0${m.message}`;
var sameFix = (a, b) => a.range[0] === b.range[0] && a.range[1] === b.range[1] && a.text === b.text;
var overlaps = (a, b) => a.range[0] === b.range[0] || a.range[0] < b.range[1] && b.range[0] < a.range[1];
function applyFix(text, fix) {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}
function applyAll(text, fixes) {
  let out = text;
  for (const fix of [...fixes].sort((a, b) => b.range[0] - a.range[0])) out = applyFix(out, fix);
  return out;
}
function countKeys(messages) {
  const counts = /* @__PURE__ */ new Map();
  for (const m of messages) counts.set(keyOf(m), (counts.get(keyOf(m)) ?? 0) + 1);
  return counts;
}
async function fixText(linter, raw, filePath, settings, allow) {
  const source = new SourceText(raw);
  const bom = source.hasBom ? "\uFEFF" : "";
  let text = source.text;
  let result = (await linter.lintDocument(text, filePath, settings)).result;
  const unclaimed = [...result.messages];
  const fixed = [];
  const rolledBack = [];
  const failed = /* @__PURE__ */ new Set();
  const attempt = async (chosen) => {
    const resolves = result.messages.filter((m) => m.fix !== void 0 && chosen.some((f) => sameFix(f, m.fix)));
    const candidate = applyAll(text, chosen);
    const after = (await linter.lintDocument(candidate, filePath, settings)).result;
    const syntax = after.messages.find((m) => m.fatal);
    const before = countKeys(result.messages);
    const left = countKeys(after.messages);
    const gone = countKeys(resolves);
    const stuck = [...gone].some(([key, n]) => (left.get(key) ?? 0) > (before.get(key) ?? 0) - n);
    if (syntax === void 0 && !stuck) {
      text = candidate;
      result = after;
      for (const m of resolves) {
        const i = unclaimed.findIndex((o) => keyOf(o) === keyOf(m));
        const where = i === -1 ? m : unclaimed.splice(i, 1)[0];
        fixed.push({ ruleId: m.ruleId, message: m.message, line: where.line, column: where.column });
      }
      return;
    }
    if (chosen.length > 1) return attempt(chosen.slice(0, Math.ceil(chosen.length / 2)));
    const reason2 = syntax !== void 0 ? `the fixed file would not parse (${syntax.line}:${syntax.column}: ${syntax.message})` : "the finding would remain after the fix";
    for (const m of resolves) {
      failed.add(keyOf(m));
      rolledBack.push({ ruleId: m.ruleId, message: m.message, reason: reason2 });
    }
  };
  let passes = 0;
  for (; passes < MAX_PASSES; passes++) {
    const chosen = [];
    for (const m of result.messages) {
      if (m.fix === void 0 || !allow(m.ruleId) || failed.has(keyOf(m))) continue;
      if (!chosen.some((f) => sameFix(f, m.fix) || overlaps(f, m.fix))) chosen.push(m.fix);
    }
    if (chosen.length === 0) break;
    await attempt(chosen);
  }
  const output = bom + text;
  const unfinished = passes === MAX_PASSES && result.messages.some((m) => m.fix !== void 0 && allow(m.ruleId) && !failed.has(keyOf(m)));
  return { output, changed: output !== raw, result, fixed, rolledBack, unfinished };
}
function rollbackFindings(outcome) {
  const unfinished = outcome.unfinished ? [{ ruleId: FIX_FAILED_META.id, severity: FIX_FAILED_META.severity, message: `fixing stopped after ${MAX_PASSES} passes with fixes left: run --fix again`, line: 1, column: 1, endLine: 1, endColumn: 1, url: ruleDocUrl(FIX_FAILED_META.id) }] : [];
  return unfinished.concat(outcome.rolledBack.map((r) => {
    const at2 = outcome.result.messages.find((m) => m.ruleId === r.ruleId && m.message === r.message);
    const range = at2 === void 0 ? { line: 1, column: 1, endLine: 1, endColumn: 1 } : { line: at2.line, column: at2.column, endLine: at2.endLine, endColumn: at2.endColumn };
    return { ruleId: FIX_FAILED_META.id, severity: FIX_FAILED_META.severity, message: `the fix for ${r.ruleId} was not applied: ${r.reason}`, ...range, url: ruleDocUrl(FIX_FAILED_META.id) };
  }));
}

// src/fix/write.ts
init_import_meta_url();
var import_node_fs9 = require("node:fs");

// src/util/atomic-write.ts
init_import_meta_url();
var import_node_crypto3 = require("node:crypto");
var import_node_fs8 = require("node:fs");
var import_node_path11 = __toESM(require("node:path"), 1);

// src/util/write-chunks.ts
init_import_meta_url();
var import_node_fs7 = require("node:fs");
var BUFFER_BYTES = 1 << 20;
function writeChunks(fd, chunks, encoding) {
  const buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  let used = 0;
  const writeAll = (bytes, length) => {
    for (let done = 0; done < length; ) {
      const n = (0, import_node_fs7.writeSync)(fd, bytes, done, length - done);
      if (n <= 0) throw Object.assign(new Error("the write made no progress"), { code: "EIO" });
      done += n;
    }
  };
  const flush = () => {
    writeAll(buffer, used);
    used = 0;
  };
  for (const chunk of chunks) {
    const most = typeof chunk !== "string" ? chunk.length : encoding === "latin1" ? chunk.length : chunk.length * 3;
    if (most > buffer.length - used) flush();
    if (most > buffer.length) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, encoding) : chunk;
      writeAll(bytes, bytes.length);
    } else if (typeof chunk === "string") used += buffer.write(chunk, used, encoding);
    else {
      buffer.set(chunk, used);
      used += chunk.length;
    }
  }
  flush();
}

// src/util/atomic-write.ts
var TEMP_SUFFIX = ".tmp";
var TEMP_MARK = ".nrl-";
function tempPathFor(file, token = (0, import_node_crypto3.randomBytes)(6).toString("hex")) {
  return import_node_path11.default.join(import_node_path11.default.dirname(file), `.${import_node_path11.default.basename(file)}${TEMP_MARK}${process.pid}-${token}${TEMP_SUFFIX}`);
}
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function removeStaleTemps(file) {
  const dir = import_node_path11.default.dirname(file);
  const prefix = `.${import_node_path11.default.basename(file)}${TEMP_MARK}`;
  let names;
  try {
    names = (0, import_node_fs8.readdirSync)(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(TEMP_SUFFIX)) continue;
    const m = /^(\d+)-[0-9a-f]+$/.exec(name.slice(prefix.length, -TEMP_SUFFIX.length));
    if (m === null) continue;
    const pid = Number(m[1]);
    if (pid === process.pid || isAlive(pid)) continue;
    try {
      (0, import_node_fs8.unlinkSync)(import_node_path11.default.join(dir, name));
    } catch {
    }
  }
}
function writeFileAtomic(file, chunks, encoding, options = {}) {
  removeStaleTemps(file);
  const temp = tempPathFor(file, options.token);
  const mode = options.mode ?? 438;
  const fd = (0, import_node_fs8.openSync)(temp, "wx", mode);
  try {
    try {
      writeChunks(fd, chunks, encoding);
      (0, import_node_fs8.fsyncSync)(fd);
      const expected2 = chunks.reduce((n, c) => n + (typeof c === "string" ? Buffer.byteLength(c, encoding) : c.length), 0);
      if ((0, import_node_fs8.fstatSync)(fd).size !== expected2) throw Object.assign(new Error("the file was not written whole"), { code: "EIO" });
    } finally {
      (0, import_node_fs8.closeSync)(fd);
    }
    if (options.mode !== void 0) (0, import_node_fs8.chmodSync)(temp, options.mode);
    if (options.owner !== void 0) {
      try {
        (0, import_node_fs8.chownSync)(temp, options.owner.uid, options.owner.gid);
      } catch {
      }
    }
    options.beforeRename?.();
    (0, import_node_fs8.renameSync)(temp, file);
  } catch (error) {
    try {
      (0, import_node_fs8.unlinkSync)(temp);
    } catch {
    }
    throw error;
  }
}

// src/fix/write.ts
var WriteRefused = class extends Error {
};
function writeFixed(file, expected2, text) {
  const real = (0, import_node_fs9.realpathSync)(file);
  const unchanged = () => (0, import_node_fs9.readFileSync)(real, "utf8") === expected2;
  if (!unchanged()) throw new WriteRefused("the file changed since it was read; not written");
  const st = (0, import_node_fs9.statSync)(real);
  writeFileAtomic(real, [text], "utf8", {
    mode: st.mode & 4095,
    owner: { uid: st.uid, gid: st.gid },
    beforeRename: () => {
      if (!unchanged()) throw new WriteRefused("the file changed while it was being fixed; not written");
    }
  });
}

// src/fix/fix-files.ts
async function fixResults(results, options) {
  const diffs = [];
  const refused = [];
  for (const [i, r] of results.entries()) {
    if (!r.messages.some((m) => m.fix !== void 0 && options.allow(m.ruleId))) {
      r.fixed = [];
      continue;
    }
    const text = options.documents.find((d) => d.file === r.filePath)?.text ?? options.read(r.filePath);
    if (text === void 0) continue;
    const settings = options.settingsOf(r.filePath);
    const outcome = await fixText(options.linter, text, r.filePath, settings, options.allow);
    const severity = settings.severities.get(FIX_FAILED_META.id) ?? FIX_FAILED_META.severity;
    const failed = severity === "off" ? [] : rollbackFindings(outcome).map((m) => ({ ...m, severity }));
    const after = outcome.result;
    const fixedResult = finish(r.filePath, [...after.messages, ...failed], after.suppressions, new SourceText(outcome.output));
    fixedResult.fixed = outcome.fixed;
    if (!outcome.changed) {
      results[i] = fixedResult;
      continue;
    }
    if (options.mode === "dry-run") {
      const name = options.display(r.filePath);
      const [from, to] = import_node_path12.default.isAbsolute(name) ? [name, name] : [`a/${name}`, `b/${name}`];
      diffs.push(createTwoFilesPatch(from, to, text, outcome.output, void 0, void 0, { context: 3 }).replace(/^=+\n/, ""));
      results[i] = fixedResult;
      continue;
    }
    try {
      writeFixed(r.filePath, text, outcome.output);
      results[i] = fixedResult;
    } catch (error) {
      refused.push(`${options.display(r.filePath)}: ${error instanceof WriteRefused ? error.message : describeFsError(error)}`);
    }
  }
  return { diffs, refused };
}

// src/run/cache.ts
init_import_meta_url();
var import_node_fs10 = require("node:fs");
var import_node_path13 = __toESM(require("node:path"), 1);
var FORMAT = "nomad-remote-lint-cache";
var FORMAT_VERSION = 5;
var FILE = "results.tsv";
var CONTENTS_FILE = "contents.tsv";
var SETTLED_MS = 2e3;
var MAX_ENTRIES = 2e5;
var TAB2 = 9;
var NEWLINE = 10;
function signatureOf(st) {
  return `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
}
var digestOf = (bytes) => digest("sha1", bytes, "base64");
function isCounts(v) {
  return Array.isArray(v) && v.length === 5 && v.every((n) => Number.isSafeInteger(n) && n >= 0);
}
function isFsRead(v) {
  if (v === null || typeof v !== "object") return false;
  const r = v;
  return typeof r["fn"] === "string" && typeof r["base"] === "string" && typeof r["digest"] === "string" && Array.isArray(r["args"]) && r["args"].every((a) => typeof a === "string");
}
function isVarFileFinding(v) {
  if (v === null || typeof v !== "object") return false;
  const f = v;
  return ["variable-value", "variable-undeclared", "syntax", "input-limit"].includes(f["ruleId"]) && typeof f["file"] === "string" && typeof f["message"] === "string" && ["line", "column", "endLine", "endColumn"].every((k) => typeof f[k] === "number");
}
function entryOf(line) {
  const tab = line.indexOf(TAB2, 65);
  if (tab === -1) return void 0;
  let meta;
  try {
    meta = JSON.parse(asciiText(line.subarray(65, tab)));
  } catch {
    return void 0;
  }
  if (meta === null || typeof meta !== "object" || !isCounts(meta.counts) || typeof meta.digest !== "string") return void 0;
  if (!Array.isArray(meta.fsReads) || !meta.fsReads.every(isFsRead) || !Array.isArray(meta.varFileFindings) || !meta.varFileFindings.every(isVarFileFinding)) return void 0;
  if (!Array.isArray(meta.declaredVariables) || !meta.declaredVariables.every((v) => typeof v === "string")) return void 0;
  const findings = line.subarray(tab + 1);
  return digestOf(findings) === meta.digest ? { meta, findings } : void 0;
}
function readCacheFile(file) {
  if (!(0, import_node_fs10.existsSync)(file)) return { absent: true };
  let bytes;
  try {
    bytes = (0, import_node_fs10.readFileSync)(file);
  } catch (error) {
    return { rebuild: `the cache file ${file} cannot be read (${describeFsError(error)}); it is rebuilt` };
  }
  const headerEnd = bytes.indexOf(NEWLINE);
  let header;
  try {
    const parsed = JSON.parse(bytes.toString("utf8", 0, headerEnd === -1 ? bytes.length : headerEnd));
    if (parsed !== null && typeof parsed === "object") header = parsed;
  } catch {
  }
  if (header === void 0 || header.format !== FORMAT) return { rebuild: `${file} is not a nomad-remote-lint cache; it is rebuilt` };
  if (header.formatVersion !== FORMAT_VERSION || header.version !== VERSION2) return { rebuild: void 0 };
  if (bytes[bytes.length - 1] !== NEWLINE) return { rebuild: `the cache file ${file} is damaged; it is rebuilt` };
  return { body: bytes, start: headerEnd + 1 };
}
var CONTENT_LINE = /^[0-9.:e+-]+\t[0-9a-f]{64}\t".*"$/s;
var ResultCache = class _ResultCache {
  #dir;
  #warn;
  #lines = /* @__PURE__ */ new Map();
  /** Entries this run used, after their digest was checked. */
  #checked = /* @__PURE__ */ new Map();
  #dirty = false;
  /** Known contents: the path as JSON, to `signature TAB content digest`. */
  #contents = /* @__PURE__ */ new Map();
  #contentsDirty = false;
  constructor(dir, warn) {
    this.#dir = dir;
    this.#warn = warn;
  }
  get #file() {
    return import_node_path13.default.join(this.#dir, FILE);
  }
  get #contentsFile() {
    return import_node_path13.default.join(this.#dir, CONTENTS_FILE);
  }
  static open(dir, warn) {
    const cache = new _ResultCache(dir, warn);
    cache.#openResults();
    cache.#openContents();
    return cache;
  }
  #openResults() {
    const read = readCacheFile(this.#file);
    if ("absent" in read) return;
    if ("rebuild" in read) {
      if (read.rebuild !== void 0) this.#warn(read.rebuild);
      this.#dirty = true;
      return;
    }
    const bytes = read.body;
    for (let start = read.start; start < bytes.length; ) {
      const end = bytes.indexOf(NEWLINE, start);
      const key = asciiText(bytes.subarray(start, start + 64));
      if (end < start + 65 || bytes[start + 64] !== TAB2 || !/^[0-9a-f]{64}$/.test(key)) {
        this.#damaged();
        return;
      }
      this.#lines.set(key, bytes.subarray(start, end));
      start = end + 1;
    }
  }
  #openContents() {
    const read = readCacheFile(this.#contentsFile);
    if ("absent" in read) return;
    this.#contentsDirty = true;
    if ("rebuild" in read) {
      if (read.rebuild !== void 0) this.#warn(read.rebuild);
      return;
    }
    const lines2 = read.body.toString("utf8", read.start, read.body.length - 1).split("\n");
    for (const line of lines2) {
      if (line === "") continue;
      const tab = line.lastIndexOf("	");
      if (!CONTENT_LINE.test(line)) {
        this.#warn(`the cache file ${this.#contentsFile} is damaged; it is rebuilt`);
        this.#contents.clear();
        return;
      }
      this.#contents.set(line.slice(tab + 1), line.slice(0, tab));
    }
    this.#contentsDirty = false;
  }
  /** Drops every entry but those this run checked and used; the file is written again. */
  #damaged() {
    this.#warn(`the cache file ${this.#file} is damaged; it is rebuilt`);
    this.#lines = new Map(this.#checked);
    this.#dirty = true;
    return this;
  }
  /** A digest of a file's bytes, for `key`. */
  static contentDigest(bytes) {
    return digest("sha256", bytes, "hex");
  }
  /** The key of a file: a digest of the run's fingerprint for it, its path and its content digest. */
  static key(fingerprint, file, contentDigest) {
    return digest("sha256", `${fingerprint}\0${file}\0${contentDigest}`, "hex");
  }
  /**
   * The content digest of a file this cache read before and that has not been touched since
   * (its status is the one kept then); undefined when it may have changed. `stat` is the
   * file's status if the caller has it; otherwise it is taken here.
   */
  unchangedDigest(file, stat) {
    const known = this.#contents.get(JSON.stringify(file));
    if (known === void 0) return void 0;
    const st = stat ?? statIfAny(file);
    if (st === void 0 || !st.isFile()) return void 0;
    const tab = known.indexOf("	");
    return known.slice(0, tab) === signatureOf(st) ? known.slice(tab + 1) : void 0;
  }
  /**
   * Keeps the content digest of bytes just read from a file, with the status of the file they
   * were read from, when that file had settled (see SETTLED_MS); otherwise forgets the file.
   */
  remember(file, stat, contentDigest, now = Date.now()) {
    const name = JSON.stringify(file);
    const settled = now - Math.max(stat.mtimeMs, stat.ctimeMs) >= SETTLED_MS;
    const value = `${signatureOf(stat)}	${contentDigest}`;
    const old = this.#contents.get(name);
    this.#contents.delete(name);
    if (settled) this.#contents.set(name, value);
    if (old !== (settled ? value : void 0)) this.#contentsDirty = true;
  }
  /**
   * The cached result for a key, as a LintResult of `file`; none when a filesystem function
   * the result depends on now gives another outcome. A damaged entry drops all but the
   * entries this run already used.
   */
  get(key, file) {
    const line = this.#lines.get(key);
    if (line === void 0) return void 0;
    const entry = entryOf(line);
    if (entry === void 0) {
      this.#damaged();
      return void 0;
    }
    const { meta, findings } = entry;
    if (!meta.fsReads.every(isFsReadCurrent)) return void 0;
    this.#lines.delete(key);
    this.#lines.set(key, line);
    this.#checked.set(key, line);
    return { result: new EncodedResult(file, meta.counts, findings), varFileFindings: meta.varFileFindings, declaredVariables: meta.declaredVariables };
  }
  set(key, doc) {
    const { result } = doc;
    const findings = findingsOf(result);
    const text = typeof findings === "string" ? Buffer.from(findings, "latin1") : findings;
    const meta = {
      counts: countsOf(result),
      varFileFindings: [...doc.varFileFindings],
      declaredVariables: [...doc.declaredVariables],
      fsReads: [...doc.fsReads],
      digest: digestOf(text)
    };
    this.#lines.delete(key);
    this.#lines.set(key, Buffer.concat([Buffer.from(`${key}	${asciiJson(JSON.stringify(meta))}	`, "latin1"), text]));
    this.#dirty = true;
  }
  /**
   * Writes what changed, each file all or nothing (see writeFileAtomic); the directory is
   * created if need be. Returns why the cache could not be written, if it could not: the
   * files already there stay as they were.
   */
  save() {
    const header = JSON.stringify({ format: FORMAT, formatVersion: FORMAT_VERSION, version: VERSION2 });
    if (this.#dirty) {
      while (this.#lines.size > MAX_ENTRIES) this.#lines.delete(this.#lines.keys().next().value);
      const failed = this.#write(this.#file, [header, "\n", ...[...this.#lines.values()].flatMap((line) => [line, "\n"])], "latin1");
      if (failed !== void 0) return failed;
    }
    if (this.#contentsDirty) {
      while (this.#contents.size > MAX_ENTRIES) this.#contents.delete(this.#contents.keys().next().value);
      return this.#write(this.#contentsFile, [header, "\n", ...[...this.#contents].flatMap(([name, value]) => [value, "	", name, "\n"])], "utf8");
    }
    return void 0;
  }
  #write(file, pieces, encoding) {
    try {
      makeDirectory(this.#dir);
      writeFileAtomic(file, pieces, encoding);
      return void 0;
    } catch (error) {
      return `the cache cannot be written to ${file} (${describeFsError(error)}); this run's results are not kept`;
    }
  }
};

// src/run/discovery.ts
init_import_meta_url();
var import_node_fs11 = require("node:fs");
var import_node_path14 = __toESM(require("node:path"), 1);
var import_ignore = __toESM(require_ignore(), 1);
var import_picomatch3 = __toESM(require_picomatch2(), 1);
var createIgnore = import_ignore.default.default ?? import_ignore.default;
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
function isJobspecName(name) {
  return name.endsWith(".nomad") || name.endsWith(".nomad.hcl") || name.endsWith(".nomad.json");
}
function isCandidateName(name) {
  return /\.(hcl|job|tpl|tftpl|tmpl)$/i.test(name);
}
var LOOKED_FOR = "*.nomad, *.nomad.hcl and *.nomad.json files, and *.hcl, *.job and template files that hold a top-level job block";
var sniffBuffer;
function holdsJob(file) {
  let fd;
  try {
    fd = (0, import_node_fs11.openSync)(file, import_node_fs11.constants.O_RDONLY | (import_node_fs11.constants.O_NONBLOCK ?? 0));
  } catch {
    return false;
  }
  try {
    sniffBuffer ??= Buffer.allocUnsafe(SNIFF_BYTES);
    const n = (0, import_node_fs11.readSync)(fd, sniffBuffer, 0, SNIFF_BYTES, 0);
    return hasTopLevelJob(sniffBuffer.toString("utf8", 0, n));
  } catch {
    return false;
  } finally {
    (0, import_node_fs11.closeSync)(fd);
  }
}
var GLOB = /[*?[\]{}]/;
var GitIgnores = class {
  #byDir = /* @__PURE__ */ new Map();
  /** Whether `file` (a directory with `dir`) is left out of its repository. */
  ignored(file, dir) {
    const layers = this.#layers(import_node_path14.default.dirname(file));
    if (layers === null) return false;
    let out = false;
    for (const layer of layers) {
      const rel = import_node_path14.default.relative(layer.base, file).split(import_node_path14.default.sep).join("/");
      if (rel === "" || rel.startsWith("../")) continue;
      const verdict = layer.rules.test(dir ? `${rel}/` : rel);
      if (verdict.ignored) out = true;
      else if (verdict.unignored) out = false;
    }
    return out;
  }
  /** The layers that apply to the entries of `dir`, outermost first; null outside a repository. */
  #layers(dir) {
    const known = this.#byDir.get(dir);
    if (known !== void 0) return known;
    let layers;
    if ((0, import_node_fs11.existsSync)(childPath(dir, ".git"))) {
      layers = [];
      const exclude = readRules(import_node_path14.default.join(dir, ".git", "info", "exclude"));
      if (exclude !== void 0) layers.push({ base: dir, rules: exclude });
    } else {
      const parent = import_node_path14.default.dirname(dir);
      const outer = parent === dir ? null : this.#layers(parent);
      layers = outer === null ? null : [...outer];
    }
    if (layers !== null) {
      const own = readRules(childPath(dir, ".gitignore"));
      if (own !== void 0) layers.push({ base: dir, rules: own });
    }
    this.#byDir.set(dir, layers);
    return layers;
  }
};
function readRules(file) {
  try {
    const st = (0, import_node_fs11.statSync)(file);
    if (!st.isFile() || st.size > 1024 * 1024) return void 0;
    return createIgnore().add((0, import_node_fs11.readFileSync)(file, "utf8"));
  } catch {
    return void 0;
  }
}
function collectInputs(paths, options) {
  const { cwd } = options;
  const files = [];
  const problems = [];
  const ignored = [];
  const seenFiles = /* @__PURE__ */ new Set();
  const seenDirs = /* @__PURE__ */ new Set();
  const git = options.gitignore ? new GitIgnores() : void 0;
  const cliIgnore = options.ignorePatterns.length === 0 ? void 0 : (0, import_picomatch3.default)(options.ignorePatterns.flatMap((p) => [p.replace(/^\.\//, ""), `${p.replace(/^\.\//, "").replace(/\/$/, "")}/**`]), { dot: true });
  const cliIgnores = (file) => {
    if (cliIgnore === void 0) return false;
    const rel = import_node_path14.default.relative(cwd, file).split(import_node_path14.default.sep).join("/");
    return rel !== "" && !rel.startsWith("../") && cliIgnore(rel);
  };
  const whyIgnored = (file, dir, searched) => {
    if (cliIgnores(file)) return "an --ignore-pattern";
    const config2 = options.config.ignoredBy(file);
    if (config2 !== void 0) return `an ignores entry in ${import_node_path14.default.relative(cwd, config2) || config2}`;
    if (searched && git?.ignored(file, dir) === true) return ".gitignore";
    return void 0;
  };
  const addFile = (file, explicit, stat) => {
    if (seenFiles.has(file)) return;
    seenFiles.add(file);
    files.push(stat === void 0 ? { path: file, explicit } : { path: file, explicit, stat });
  };
  const accepts = (file, name) => isJobspecName(name) || options.config.includes(file) || isCandidateName(name) && holdsJob(file);
  const search = (start, startReal, roots, keep) => {
    const stack = [[start, startReal]];
    const linked = [];
    while (stack.length > 0 || linked.length > 0) {
      const [dir, real] = stack.length > 0 ? stack.pop() : linked.shift();
      if (seenDirs.has(real)) continue;
      seenDirs.add(real);
      let entries2;
      try {
        entries2 = (0, import_node_fs11.readdirSync)(dir, { withFileTypes: true });
      } catch (error) {
        problems.push({ path: dir, message: describeFsError(error) });
        continue;
      }
      entries2.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
      const subdirs = [];
      const links = [];
      for (const entry of entries2) {
        const full = childPath(dir, entry.name);
        let isDir = entry.isDirectory();
        let isFile = entry.isFile();
        let target = childPath(real, entry.name);
        if (entry.isSymbolicLink()) {
          try {
            target = import_node_fs11.realpathSync.native(full);
            const st = (0, import_node_fs11.statSync)(target);
            isDir = st.isDirectory();
            isFile = st.isFile();
          } catch {
            continue;
          }
          if (!roots.some((r) => target === r || target.startsWith(r.endsWith("/") ? r : `${r}/`))) continue;
        }
        if (isDir) {
          if (!SKIPPED_DIRS.has(entry.name) && whyIgnored(full, true, true) === void 0) (entry.isSymbolicLink() ? links : subdirs).push([full, target]);
        } else if (isFile && whyIgnored(full, false, true) === void 0 && keep(full) && accepts(full, entry.name)) {
          addFile(full, false);
        }
      }
      stack.push(...subdirs.reverse());
      linked.push(...links);
    }
  };
  const rootsOf = (dir) => {
    try {
      return [import_node_fs11.realpathSync.native(dir)];
    } catch {
      return [dir];
    }
  };
  for (const p of paths) {
    const full = isResolvedPath(p) ? p : import_node_path14.default.resolve(cwd, p);
    let st;
    try {
      st = (0, import_node_fs11.statSync)(full);
    } catch (error) {
      const code = error.code;
      if ((code === "ENOENT" || code === "ENOTDIR") && GLOB.test(p)) {
        expandGlob(p);
        continue;
      }
      if (code === "ENOENT" || code === "ENOTDIR") throw new UsageError(`no such file or directory: ${p}`);
      throw new UsageError(`cannot read ${p}: ${describeFsError(error)}`);
    }
    if (st.isDirectory()) {
      const roots = rootsOf(full);
      search(full, roots[0], roots, () => true);
      continue;
    }
    const why = whyIgnored(full, false, false);
    if (why !== void 0) ignored.push({ path: full, why });
    else if (!options.skipNonJobspecs || accepts(full, import_node_path14.default.basename(full))) addFile(full, true, st);
  }
  function expandGlob(pattern) {
    const absolute = import_node_path14.default.isAbsolute(pattern);
    const scan2 = import_picomatch3.default.scan(pattern);
    const base = import_node_path14.default.resolve(cwd, scan2.base === "" ? "." : scan2.base);
    if (!(0, import_node_fs11.existsSync)(base) || !(0, import_node_fs11.statSync)(base).isDirectory()) return;
    const matcher = (0, import_picomatch3.default)(absolute ? pattern : import_node_path14.default.relative(cwd, import_node_path14.default.resolve(cwd, pattern)).split(import_node_path14.default.sep).join("/"), { dot: false });
    const roots = rootsOf(base);
    search(base, roots[0], roots, (file) => matcher(absolute ? file : import_node_path14.default.relative(cwd, file).split(import_node_path14.default.sep).join("/")));
  }
  return { files, problems, ignored };
}

// src/run/pool.ts
init_import_meta_url();
var import_node_module3 = require("node:module");
var import_node_os = require("node:os");
var workerScript = new URL("./worker.js", importMetaUrl);
function setWorkerScript(script) {
  workerScript = script;
}
var Lane = class {
  #worker;
  #pending = /* @__PURE__ */ new Map();
  #next = 0;
  /** Why the worker stopped, once it has. */
  #stopped;
  constructor(setup) {
    const threads = (0, import_node_module3.createRequire)(importMetaUrl)("node:worker_threads");
    this.#worker = new threads.Worker(workerScript, { workerData: setup });
    compileHclModule().then(
      (module2) => this.#worker.postMessage({ module: module2 }),
      (error) => this.#worker.postMessage({ moduleError: error instanceof Error ? error.message : String(error) })
    );
    this.#worker.on("message", (m) => {
      const p = this.#pending.get(m.id);
      if (p === void 0) return;
      this.#pending.delete(m.id);
      if ("error" in m) return p.reject(m.usage ? new UsageError(m.error) : new Error(m.error || "the lint worker failed"));
      p.resolve(
        m.answers.map((a, i) => {
          const { file, text } = p.items[i];
          const result = new EncodedResult(file, a.counts, a.findings);
          if (a.hasSource) result.source = new SourceText(text).text;
          return { result, fsReads: a.fsReads, varFileFindings: a.varFileFindings, declaredVariables: a.declaredVariables };
        })
      );
    });
    const stop = (error) => {
      this.#stopped ??= error;
      for (const p of this.#pending.values()) p.reject(this.#stopped);
      this.#pending.clear();
    };
    this.#worker.on("error", stop);
    this.#worker.on("exit", (code) => stop(new Error(`a lint worker thread stopped (exit code ${code})`)));
  }
  lint(items) {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      if (this.#stopped !== void 0) return reject(this.#stopped);
      this.#pending.set(id, { items, resolve, reject });
      this.#worker.postMessage({ id, items });
    });
  }
  close() {
    return this.#worker.terminate();
  }
};
var IN_FLIGHT = 2;
var MAX_BATCH_FILES = 256;
var MAX_BATCH_TEXT = 2 * 1024 * 1024;
var BATCHES_PER_LANE = 4;
async function lintAll(source, lanes, main, onDone) {
  if (lanes > 1 && lanes >= (0, import_node_os.availableParallelism)()) {
    optimizeOnlyHotCode();
    parserSharesEveryCore();
  }
  const workers = Array.from({ length: Math.max(0, lanes - 1) }, () => new Lane(main.setup));
  const counts = Array.from({ length: workers.length + 1 }, () => 0);
  const take = (share) => {
    const size = Math.max(1, Math.ceil(share * Math.min(MAX_BATCH_FILES, source.remaining() / (lanes * BATCHES_PER_LANE))));
    const batch = [];
    let text = 0;
    while (batch.length < size && text < MAX_BATCH_TEXT) {
      const item = source.next();
      if (item === void 0) break;
      batch.push(item);
      text += item.text.length;
    }
    return batch;
  };
  const drain = async (lint, lane, yields) => {
    const share = yields && workers.length > 0 ? 0.5 : 1;
    for (let batch = take(share); batch.length > 0; batch = take(share)) {
      const docs = await lint(batch);
      for (const [i, item] of batch.entries()) onDone(item, docs[i]);
      counts[lane] += batch.length;
      if (yields && workers.length > 0) await new Promise(setImmediate);
    }
  };
  try {
    await Promise.all([
      drain((batch) => main.lintBatch(batch), 0, true),
      ...workers.flatMap((w, i) => Array.from({ length: IN_FLIGHT }, () => drain((batch) => w.lint(batch), i + 1, false)))
    ]);
    return counts;
  } finally {
    await Promise.all(workers.map((w) => w.close()));
  }
}

// src/run/read-limits.ts
init_import_meta_url();
var import_node_buffer = require("node:buffer");
var import_node_fs12 = require("node:fs");
function mb(n) {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let n = 0;
    let min = 0;
    if (b < 128) {
      i++;
      continue;
    } else if (b >= 194 && b <= 223) {
      n = 1;
      min = 128;
    } else if (b >= 224 && b <= 239) {
      n = 2;
      min = 2048;
    } else if (b >= 240 && b <= 244) {
      n = 3;
      min = 65536;
    } else return i;
    let cp = b & 63 >> n;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === void 0 || (c & 192) !== 128) return i;
      cp = cp << 6 | c & 63;
    }
    if (cp < min || cp > 1114111 || cp >= 55296 && cp <= 57343) return i;
    i += n + 1;
  }
  return -1;
}
function decodeInput(bytes) {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const source = new SourceText(Buffer.from(bytes.subarray(0, nul)).toString("utf8"));
    const at2 = source.positionAt(source.text.length);
    return { ok: false, problem: { ruleId: "syntax", line: at2.line, column: at2.column, endLine: at2.line, endColumn: at2.column, message: "binary file: it contains NUL bytes and is not a jobspec" } };
  }
  const bad = (0, import_node_buffer.isUtf8)(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const source = new SourceText(Buffer.from(bytes.subarray(0, bad)).toString("utf8"));
    const at2 = source.positionAt(source.text.length);
    return {
      ok: false,
      problem: { ruleId: "syntax", line: at2.line, column: at2.column, endLine: at2.line, endColumn: at2.column + 1, message: `invalid UTF-8 at byte ${bad}: jobspecs must be UTF-8 text` }
    };
  }
  return { ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8") };
}
function readInputBytes(file, limits) {
  let fd;
  try {
    fd = (0, import_node_fs12.openSync)(file, import_node_fs12.constants.O_RDONLY | (import_node_fs12.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { ok: false, error: describeFsError(error) };
  }
  try {
    const st = (0, import_node_fs12.fstatSync)(fd);
    if (!st.isFile()) return { ok: false, error: "not a regular file" };
    if (st.size > limits.maxFileSize) {
      return {
        ok: false,
        problem: { ruleId: "input-limit", line: 1, column: 1, endLine: 1, endColumn: 1, message: `file is ${mb(st.size)}, more than the ${mb(limits.maxFileSize)} limit (--max-file-size): not linted` }
      };
    }
    const bytes = Buffer.allocUnsafe(st.size);
    let read = 0;
    while (read < st.size) {
      const n = (0, import_node_fs12.readSync)(fd, bytes, read, st.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { ok: true, bytes: bytes.subarray(0, read), stat: st };
  } catch (error) {
    return { ok: false, error: describeFsError(error) };
  } finally {
    (0, import_node_fs12.closeSync)(fd);
  }
}
function readInput(file, limits) {
  const read = readInputBytes(file, limits);
  return read.ok ? decodeInput(read.bytes) : read;
}

// src/run/run-size.ts
init_import_meta_url();
var import_node_os2 = require("node:os");
var SMALL_RUN_BYTES = 2 * 1024 * 1024;
function laneCount(setting, files) {
  if (setting === "off") return 1;
  const n = setting === "auto" ? (0, import_node_os2.availableParallelism)() : Number(setting);
  if (setting === "auto" && files < 4 * n) return 1;
  return Math.max(1, Math.min(n, files));
}

// src/run/lint-run.ts
async function lintRun(request) {
  const { cwd } = request;
  const options = (request.fix !== void 0 || request.cache !== void 0) && !request.options.fixes ? { ...request.options, fixes: true } : request.options;
  const warnings = [];
  const problems = [];
  const variables = await loadVariables(cwd, options.variables);
  for (const line of variables.unreadable) problems.push(line);
  const context = new RunContext({ cwd, options, variables: variables.inputs });
  const documents = request.documents ?? [];
  const paths = request.paths.length === 0 && documents.length === 0 ? ["."] : request.paths;
  const discovery = request.discovery ?? {};
  const inputs = collectInputs(paths, {
    cwd,
    config: context.resolver,
    ignorePatterns: discovery.ignorePatterns ?? [],
    gitignore: discovery.gitignore ?? true,
    skipNonJobspecs: discovery.skipNonJobspecs ?? false
  });
  if (inputs.files.length === 0 && inputs.ignored.length === 0 && documents.length === 0 && discovery.errorOnUnmatched !== false) {
    const where = paths.map((p) => JSON.stringify(p)).join(", ");
    throw new UsageError(`no jobspec found in ${where}: looked for ${LOOKED_FOR} (--no-error-on-unmatched-pattern lets a run find none)`);
  }
  for (const p of inputs.problems) problems.push(`cannot read ${displayPath(p.path, cwd)}: ${p.message}`);
  for (const i of inputs.ignored) warnings.push(`${displayPath(i.path, cwd)} is ignored by ${i.why}`);
  const limits = options.limits;
  const cache = request.cache === void 0 ? void 0 : ResultCache.open(import_node_path15.default.resolve(cwd, request.cache.location), (m) => warnings.push(m));
  const keepSource = request.keepSource === true;
  const results = [];
  const varFindings = /* @__PURE__ */ new Map();
  const addVarFinding = (f) => varFindings.set(`${f.file}\0${f.line}\0${f.column}\0${f.message}`, f);
  for (const f of variables.findings) addVarFinding({ ruleId: f.ruleId, file: f.file, message: f.message, ...f.range });
  const declared = /* @__PURE__ */ new Set();
  const keep = (doc) => {
    results.push(doc.result);
    for (const f of doc.varFileFindings) addVarFinding(f);
    for (const name of doc.declaredVariables ?? []) declared.add(name);
  };
  const texts = [];
  for (const d of documents) {
    const file = d.filePath.startsWith("<") ? d.filePath : import_node_path15.default.resolve(cwd, d.filePath);
    const decoded = decodeInput(Buffer.from(d.text, "utf8"));
    if (decoded.ok) {
      texts.push({ file, text: decoded.text });
      keep(await context.lint(file, decoded.text));
    } else if ("problem" in decoded) keep({ result: fatalResult(file, decoded.problem), varFileFindings: [] });
  }
  const queued = inputs.files.map((file) => ({ file, settings: context.resolver.resolve(file.path).settings }));
  const keys = /* @__PURE__ */ new Map();
  const hasFindings = (result) => result.errorCount + result.warningCount + result.infoCount > 0;
  let unread = 0;
  const load = ({ file, settings }) => {
    const known = cache?.unchangedDigest(file.path, file.stat);
    if (known !== void 0) {
      const hit = cache.get(ResultCache.key(context.fingerprint(settings), file.path, known), file.path);
      if (hit !== void 0 && !(keepSource && hasFindings(hit.result))) {
        keep(hit);
        unread++;
        return void 0;
      }
    }
    const read = readInputBytes(file.path, limits);
    if (!read.ok) {
      if ("error" in read) problems.push(`cannot read ${displayPath(file.path, cwd)}: ${read.error}`);
      else keep({ result: fatalResult(file.path, read.problem), varFileFindings: [] });
      return void 0;
    }
    let key;
    if (cache !== void 0) {
      const contentDigest = ResultCache.contentDigest(read.bytes);
      cache.remember(file.path, read.stat, contentDigest);
      key = ResultCache.key(context.fingerprint(settings), file.path, contentDigest);
      const hit = cache.get(key, file.path);
      if (hit !== void 0) {
        if (keepSource && hasFindings(hit.result)) {
          const decoded2 = decodeInput(read.bytes);
          if (decoded2.ok) hit.result.source = decoded2.text;
        }
        keep(hit);
        return void 0;
      }
    }
    const decoded = decodeInput(read.bytes);
    if (!decoded.ok) {
      if ("problem" in decoded) keep({ result: fatalResult(file.path, decoded.problem), varFileFindings: [] });
      return void 0;
    }
    if (key !== void 0) keys.set(file.path, key);
    return decoded.text;
  };
  const pending = cache === void 0 ? queued : queued.filter((q) => load(q) !== void 0);
  let position = 0;
  const next = () => {
    while (position < pending.length) {
      const q = pending[position++];
      const text = load(q);
      if (text !== void 0) return { file: q.file.path, text };
    }
    return void 0;
  };
  const started2 = Date.now();
  const encoded = cache !== void 0 || request.encoded === true;
  const remaining = () => pending.length - position;
  const lanes = await lintAll({ next, remaining }, laneCount(String(request.concurrency ?? "auto"), pending.length), context, (item, linted) => {
    const doc = encoded ? { ...linted, result: encodeResult(linted.result) } : linted;
    if (!keepSource) delete doc.result.source;
    keep(doc);
    const key = keys.get(item.file);
    if (key !== void 0) cache.set(key, doc);
  });
  const milliseconds = Date.now() - started2;
  const cacheFailure = cache?.save();
  if (cacheFailure !== void 0) problems.push(cacheFailure);
  let diffs = [];
  if (request.fix !== void 0) {
    const only = request.fix.rules === void 0 || request.fix.rules.length === 0 ? void 0 : new Set(request.fix.rules);
    const fixed = await fixResults(results, {
      mode: request.fix.mode,
      allow: (ruleId) => only === void 0 || only.has(ruleId),
      linter: context.linter,
      settingsOf: (file) => context.resolver.resolve(file).settings,
      read: (file) => {
        const read = readInput(file, limits);
        return read.ok ? read.text : void 0;
      },
      display: (f) => displayPath(f, cwd),
      documents: texts
    });
    diffs = fixed.diffs;
    for (const line of fixed.refused) problems.push(`cannot fix ${line}`);
    if (!keepSource) for (const r of results) delete r.source;
  }
  for (const file of variables.inputs.files) {
    for (const [name, entry] of file.entries) {
      if (!declared.has(name)) addVarFinding({ ruleId: "variable-undeclared", file: file.path, message: `variable ${JSON.stringify(name)} is given a value, but no linted jobspec declares it`, ...entry.range });
    }
  }
  const undeclaredFlags = variables.inputs.cli.filter((v) => !declared.has(v.name));
  results.push(...varFileResults([...varFindings.values()], context), ...commandLineResults(undeclaredFlags, context));
  return {
    results: sortResults(results),
    diffs,
    problems,
    warnings,
    stats: { queued: queued.length, linted: pending.length, lanes, unread, milliseconds }
  };
}
function findingFor(context, file, f) {
  const meta = allRuleMeta().find((m) => m.id === f.ruleId);
  const setting = context.resolver.resolve(file).settings.severities.get(meta.id) ?? meta.severity;
  if (setting === "off") return void 0;
  const { ruleId, message: message2, line, column, endLine, endColumn } = f;
  return { ruleId, severity: setting, message: message2, line, column, endLine, endColumn, url: ruleDocUrl(ruleId) };
}
function varFileResults(findings, context) {
  const byFile = /* @__PURE__ */ new Map();
  for (const f of findings) byFile.set(f.file, [...byFile.get(f.file) ?? [], f]);
  const out = [];
  for (const [file, list2] of byFile) {
    const messages = list2.flatMap((f) => findingFor(context, file, f) ?? []);
    if (messages.length === 0) continue;
    let text = "";
    try {
      text = (0, import_node_fs13.readFileSync)(file, "utf8");
    } catch {
    }
    out.push(finish(file, messages, [], new SourceText(text)));
  }
  return out;
}
function commandLineResults(flags, context) {
  const messages = flags.flatMap(
    (v) => findingFor(context, import_node_path15.default.join(context.setup.cwd, COMMAND_LINE), {
      ruleId: "variable-undeclared",
      message: `--var ${v.name}=${v.value}: no linted jobspec declares variable ${JSON.stringify(v.name)}`,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1
    }) ?? []
  );
  return messages.length === 0 ? [] : [finish(COMMAND_LINE, messages, [])];
}

// src/run/report-files.ts
init_import_meta_url();
var import_node_fs14 = require("node:fs");
var import_node_path16 = __toESM(require("node:path"), 1);
function writeReport(file, report, encoding, linted) {
  if (linted.has(file)) throw new UsageError(`refusing to write the report over the linted file ${file}`);
  try {
    makeDirectory(import_node_path16.default.dirname(file));
    if ((0, import_node_fs14.existsSync)(file) && !(0, import_node_fs14.statSync)(file).isFile()) {
      const fd = (0, import_node_fs14.openSync)(file, "w");
      try {
        writeChunks(fd, report, encoding);
      } finally {
        (0, import_node_fs14.closeSync)(fd);
      }
      return;
    }
    writeFileAtomic(file, report, encoding);
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${describeFsError(error)}`);
  }
}

// src/action/action.ts
var ANNOTATIONS_PER_SEVERITY = 10;
function input(env, name) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function list(value) {
  return value.split(/\r?\n/).flatMap((line) => line.trim().split(/\s+/)).filter((x) => x !== "");
}
function lines(value) {
  return value.split(/\r?\n/).map((x) => x.trim()).filter((x) => x !== "");
}
function cell(text) {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/[<>]/g, (c) => c === "<" ? "&lt;" : "&gt;").replace(/\r?\n/g, " ");
}
function summary(results, workspace, env, notAnnotated) {
  const all = results.flatMap((r) => r.messages.map((m) => ({ file: relativeTo(workspace, r.filePath) ?? r.filePath, m })));
  const count = (s) => all.filter((x) => x.m.severity === s).length;
  const out = [
    "## nomad-remote-lint",
    "",
    `${fileCount(results)} ${fileCount(results) === 1 ? "file" : "files"} linted: ${count("error")} errors, ${count("warning")} warnings, ${count("info")} notes.`,
    ""
  ];
  if (notAnnotated > 0) {
    out.push(`${notAnnotated} findings are not annotated on the diff (GitHub shows at most ${ANNOTATIONS_PER_SEVERITY} errors and ${ANNOTATIONS_PER_SEVERITY} warnings per step); all are listed below.`, "");
  }
  if (all.length === 0) return out.concat("No problems found.", "").join("\n");
  const server = env["GITHUB_SERVER_URL"] ?? "https://github.com";
  const repo = env["GITHUB_REPOSITORY"];
  const sha = env["GITHUB_SHA"];
  all.sort((a, b) => SEVERITY_RANK[a.m.severity] - SEVERITY_RANK[b.m.severity]);
  out.push("| Location | Severity | Rule | Message |", "|---|---|---|---|");
  for (const { file, m } of all) {
    const where = `${file}:${m.line}:${m.column}`;
    const link = repo && sha && !import_node_path17.default.isAbsolute(file) ? `[${cell(where)}](${server}/${repo}/blob/${sha}/${file.split("/").map(encodeURIComponent).join("/")}#L${m.line})` : cell(where);
    out.push(`| ${link} | ${m.severity} | \`${m.ruleId}\` | ${cell(m.message)} |`);
  }
  return out.join("\n") + "\n";
}
async function runAction(io) {
  const env = io.env;
  const workspace = import_node_path17.default.resolve(env["GITHUB_WORKSPACE"] ?? process.cwd());
  const cwd = import_node_path17.default.resolve(workspace, input(env, "working-directory") || ".");
  const fail = (message2) => io.stdout.write(`::error title=nomad-remote-lint::${escapeData(message2)}
`);
  const failOn = input(env, "fail-on") || "error";
  if (!["error", "warning", "never"].includes(failOn)) {
    io.stdout.write(`::error::${escapeData(`fail-on must be error, warning or never, got "${failOn}"`)}
`);
    return 2;
  }
  const sarifFile = input(env, "sarif-file");
  const request = {
    cwd,
    paths: list(input(env, "paths") || "."),
    options: lintOptions({
      configFile: input(env, "config") || void 0,
      driverFiles: lines(input(env, "driver-schema")),
      nomadVersion: input(env, "nomad-version") || void 0,
      variables: { env: envVariables(env), varFiles: lines(input(env, "var-file")), vars: [] },
      fixes: false
    }),
    keepSource: sarifFile !== ""
  };
  let results;
  try {
    const outcome = await lintRun(request);
    if (sarifFile) {
      const rules2 = allRuleMeta();
      const text = formatters.sarif(outcome.results, { cwd, color: false, rules: rules2, version: VERSION2, workspace });
      writeReport(import_node_path17.default.resolve(cwd, sarifFile), [text], "utf8", new Set(outcome.results.map((r) => r.filePath)));
    }
    for (const w of outcome.warnings) io.stdout.write(`::warning title=nomad-remote-lint::${escapeData(w)}
`);
    if (outcome.problems.length > 0) {
      for (const p of outcome.problems) fail(p);
      return 2;
    }
    results = outcome.results;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    for (const line of error.message.split("\n")) fail(line);
    return 2;
  }
  const findings = results.flatMap((r) => r.messages.map((m) => ({ file: relativeTo(workspace, r.filePath) ?? r.filePath, m })));
  findings.sort((a, b) => SEVERITY_RANK[a.m.severity] - SEVERITY_RANK[b.m.severity]);
  const shown = { error: 0, warning: 0, info: 0 };
  let notAnnotated = 0;
  for (const { file, m } of findings) {
    if (shown[m.severity] >= ANNOTATIONS_PER_SEVERITY) {
      notAnnotated++;
      continue;
    }
    shown[m.severity]++;
    io.stdout.write(annotation(file, m) + "\n");
  }
  const errors = findings.filter((f) => f.m.severity === "error").length;
  const warnings = findings.filter((f) => f.m.severity === "warning").length;
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  io.stdout.write(`nomad-remote-lint: ${plural(fileCount(results), "file")}, ${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(findings.length - errors - warnings, "note")}
`);
  if (notAnnotated > 0) {
    io.stdout.write(
      `nomad-remote-lint: ${notAnnotated} more findings not annotated (GitHub shows at most ${ANNOTATIONS_PER_SEVERITY} errors and ${ANNOTATIONS_PER_SEVERITY} warnings per step); the job summary lists them all
`
    );
  }
  const summaryFile = env["GITHUB_STEP_SUMMARY"];
  if (summaryFile) (0, import_node_fs15.appendFileSync)(summaryFile, summary(results, workspace, env, notAnnotated));
  const outputFile = env["GITHUB_OUTPUT"];
  if (outputFile) {
    const out = [`error-count=${errors}`, `warning-count=${warnings}`, `sarif-file=${sarifFile && (0, import_node_fs15.existsSync)(import_node_path17.default.resolve(cwd, sarifFile)) ? import_node_path17.default.resolve(cwd, sarifFile) : ""}`];
    (0, import_node_fs15.appendFileSync)(outputFile, out.join("\n") + "\n");
  }
  if (failOn === "never") return 0;
  if (errors > 0 || failOn === "warning" && warnings > 0) return 1;
  return 0;
}

// src/run/worker.ts
init_import_meta_url();
var import_node_worker_threads = require("node:worker_threads");
function serve() {
  let received;
  useHclModule(new Promise((resolve, reject) => received = { resolve, reject }));
  const context = new RunContext(import_node_worker_threads.workerData);
  let turn = Promise.resolve();
  import_node_worker_threads.parentPort?.on("message", (request) => {
    if ("module" in request) return received?.resolve(request.module);
    if ("moduleError" in request) return received?.reject(new Error(request.moduleError));
    turn = turn.then(() => context.lintBatch(request.items)).then(
      (docs) => {
        const answers = docs.map(({ result, fsReads, varFileFindings, declaredVariables }) => ({
          counts: countsOf(result),
          findings: asciiText(findingsOf(result)),
          hasSource: result.source !== void 0,
          fsReads,
          varFileFindings,
          declaredVariables
        }));
        import_node_worker_threads.parentPort?.postMessage({ id: request.id, answers });
      },
      (error) => import_node_worker_threads.parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error), usage: error instanceof UsageError })
    );
  });
}
if (!import_node_worker_threads.isMainThread && import_node_worker_threads.parentPort !== null && import_node_worker_threads.workerData?.cwd !== void 0) serve();

// src/util/exit.ts
init_import_meta_url();
async function exitWhenFlushed(code) {
  process.exitCode = code;
  for (const stream of [process.stdout, process.stderr]) await new Promise((resolve) => stream.write("", resolve));
  process.exit();
}

// src/action/main.ts
setWorkerScript(new URL(importMetaUrl));
if (import_node_worker_threads2.isMainThread) {
  runAction({ env: process.env, stdout: process.stdout }).then(exitWhenFlushed, (error) => {
    process.stdout.write(`::error title=nomad-remote-lint::internal error: ${error instanceof Error ? error.message : String(error)}
`);
    return exitWhenFlushed(2);
  });
}
