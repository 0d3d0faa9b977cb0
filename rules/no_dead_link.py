"""リンク切れ（開けない URL、ないファイルへの相対リンク）と転送される URL を報告する（textlint-rule-no-dead-link 6.2.3 互換）。

A blog's links rot.  Each link is requested (HEAD, then GET) and reported when it answers
with an error, cannot be reached, or is redirected (a redirect is fixed to its final URL).
Checked, as textlint does:

- inline links and autolinks (``[a](url)``, ``<url>``) and bare URLs (``https://…``,
  ``www.…``), not in a block quote, at the URL in the link's source (where the URL as
  parsed is not written as such, e.g. ``www.…`` whose URL is ``http://www.…``: one
  character before the link, as textlint);
- link reference definitions (``[id]: url``), block quotes included;
- text that looks like a URL to textlint's pattern and is no link (``//host.tld/x``,
  the ``//…`` of ``ftp://…``): as a file path, as textlint does.

Not checked: images, HTML (``<a href>``), reference links' uses, other schemes (mailto:,
ftp:…).  Relative links (``./a.md``, ``#x``) are files beside the post (``checkRelative``);
an absolute path (``/about/``) is a path on this machine.

Options (textlint's names and defaults): ``checkRelative`` (true), ``baseURI`` (null:
the post's own file), ``ignore`` (minimatch globs of URLs, []), ``dotInIgnore`` (false),
``ignoreRedirects`` (false), ``preferGET`` (origins to ask with GET, []), ``retry`` (3),
``concurrency`` (8), ``interval`` (500 ms) and ``intervalCap`` (8 requests per interval),
``userAgent``, ``maxRetryTime`` (10 s), ``maxRetryAfterTime`` (10 s), ``linkMaxAge``
(30,000 ms: how long a URL's answer is reused), ``httpOnly`` (false); postlint's own
``timeout`` (10 s per request: textlint's fetch waits up to 5 minutes).

The network makes this rule slow: no preset enables it, and ``--cache`` never stores the
results of a config that enables it (a link may have died since).

    OK:  [公式サイト](https://example.com/)   （200 が返る）
    NG:  [古い記事](https://example.com/gone)  （404 が返る）
"""

from __future__ import annotations

import html
import json
import os
import re
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from urllib.parse import unquote, urljoin, urlsplit

from postlint.rules._textlint import inside, str_pieces, textlint_type

ID = "no-dead-link"
NODES = ("Document",)
OPTIONS = {
    "checkRelative": bool, "baseURI": (str, type(None)), "ignore": [str], "dotInIgnore": bool,
    "ignoreRedirects": bool, "preferGET": [str], "retry": int, "concurrency": int,
    "interval": (int, float), "intervalCap": int, "userAgent": str, "maxRetryTime": (int, float),
    "maxRetryAfterTime": (int, float), "linkMaxAge": (int, float), "httpOnly": bool,
    "timeout": (int, float),
}
DEFAULTS = {
    "checkRelative": True, "baseURI": None, "ignore": [], "dotInIgnore": False,
    "ignoreRedirects": False, "preferGET": [], "retry": 3, "concurrency": 8,
    "interval": 500, "intervalCap": 8, "userAgent": "textlint-rule-no-dead-link/1.0",
    "maxRetryTime": 10, "maxRetryAfterTime": 10, "linkMaxAge": 30_000, "httpOnly": False,
    "timeout": 10,
}
FIXABLE = True
CACHEABLE = False  # --cache keeps no result of a config enabling this rule: links die
# a link, a bare URL, a definition or textlint's URL pattern: all need "//", or "](" / "]:"
# for a relative link
TRIGGER = re.compile(r"//|\]\(|\]:|<[A-Za-z][-A-Za-z0-9+.]*:|www\.", re.IGNORECASE)


def check_options(opts: dict) -> None:
    if opts["concurrency"] < 1 or opts["intervalCap"] < 1:
        raise ValueError("concurrency and intervalCap must be at least 1")
    if opts["retry"] < 0 or opts["timeout"] <= 0:
        raise ValueError("retry must be 0 or more and timeout more than 0")


# textlint's pattern of a URL in plain text (a bare "//host.tld/path" too); JavaScript's \b is ASCII
_URI = re.compile(r"(?:https?:)?//(?:www\.)?[-a-zA-Z0-9@:%._+~#=]{2,256}\.[a-z]{2,6}\b(?:[-a-zA-Z0-9@:%_+.~#?&/=]*)",
                  re.ASCII)
# a link reference definition: [label]: destination "title" (not a footnote's [^label]:)
_DEFINITION = re.compile(
    r"(?m)^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(\[(?!\^)(?:[^\[\]\\\n]|\\.){0,999}\]:[ \t]*\n?[ \t>]*"
    r"(<(?:[^<>\\\n]|\\.)*>|[^\s<][^\s]*)"
    r"(?:[ \t]*\n?[ \t>]*(?:\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?)[ \t]*$")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_LEAF_BLOCKS = ("Paragraph", "Header", "CodeBlock", "Html", "Table", "HorizontalRule", "Yaml")


def check(node, opts, ctx):
    items = [(max(start, 0), uri, found) for start, uri, found in _links(node, ctx)]
    if not items:
        return []
    base = opts["baseURI"] or _file_path(ctx.path)
    jobs = []  # (start, uri as written, resolved uri, found in the source, kind)
    for start, uri, found in items:
        if opts["ignore"] and _ignored(uri, opts):
            continue
        relative = _is_relative(uri)
        if relative and not opts["checkRelative"]:
            continue
        if relative and not base:
            jobs.append((start, uri, None, found, "nobase"))
            continue
        resolved = _resolve(uri, base or "", opts["httpOnly"])
        if _is_local(resolved):
            jobs.append((start, uri, resolved, found, "file"))
        elif _is_http(resolved):
            jobs.append((start, uri, resolved, found, "http"))
        # (other schemes: mailto:, ftp:, tel:... are not checked)
    checker = _Checker.get(opts)
    futures = checker.submit([job[2] for job in jobs if job[4] == "http"])
    out = []
    for start, uri, resolved, found, kind in jobs:
        if kind == "nobase":
            out.append(ctx.report(start, _end(ctx, start, len(uri)),
                                  f"相対リンク {uri} の基準がわかりません。baseURI オプションで基準の URL を指定してください。"))
            continue
        result = _local_file(resolved) if kind == "file" else futures[resolved].result()
        problem = _problem(ctx, opts, start, uri, resolved, found, result)
        if problem is not None:
            out.append(problem)
    return out


def _problem(ctx, opts, start, uri, resolved, found, result):
    if result.redirected and opts["ignoreRedirects"]:
        return None
    end = _end(ctx, start, len(resolved))
    if not result.ok:
        what = "ファイルがありません" if result.local else \
            f"{result.redirect_to} へ転送され、その先が開けません" if result.redirect_to else "開けません"
        return ctx.report(start, end, f"リンク切れ: {resolved} は{what}（{result.message}）。"
                                      "リンク先を直すか、リンクを外してください。")
    if result.redirected:
        fix = None
        if result.redirect_to and found:  # (where textlint's range misses the URL, its fix would break the text)
            fix = ctx.fix(start, start + len(resolved), result.redirect_to)
        return ctx.report(start, end, f"{resolved} は {result.redirect_to} へ転送されます（{result.message}）。"
                                      "転送先の URL に書き換えてください。", fix=fix)
    return None


def _end(ctx, start: int, length: int) -> int:
    # (textlint's range is as long as the resolved URL, which may run past the link)
    return min(start + length, len(ctx.text))


# -- the links, as textlint's tree has them -------------------------------------------------

def _links(doc, ctx):
    """(offset textlint reports at, URL, whether the URL is written there) of every link."""
    text = ctx.text
    for node in doc.walk():
        kind = node.type
        if kind == "Str":
            if inside(node, text, "BlockQuote", "Link"):
                continue
            for start, end, is_url in str_pieces(node, ctx):
                if is_url:
                    yield from _bare_url(text, start, end)
                else:
                    for match in _URI.finditer(text, start, end):
                        yield match.start(), match.group(), True
        elif kind == "Link" and textlint_type(node, text) == "Link":
            if inside(node, text, "BlockQuote"):
                continue
            url = node.data.get("url")
            if url is None or (text[node.start] == "<" and "@" in url and not _SCHEME.match(url)):
                continue  # (<name@example.com> is a mailto: link)
            at = text.find(url, node.start, node.end) if url else node.start
            yield (at, url, True) if at >= 0 else (node.start - 1, url, False)
    yield from _definitions(doc, text)


def _bare_url(text: str, start: int, end: int):
    raw = text[start:end]
    if raw[:4].lower() == "www.":
        yield start - 1, "http://" + raw, False  # (textlint: the URL is not in the source)
    elif "://" in raw:
        yield start, raw, True
    # (an email address is a mailto: link: not checked)


def _definitions(doc, text: str):
    if "]:" not in text:
        return
    blocks = [(n.start, n.end) for n in doc.walk() if n.type in _LEAF_BLOCKS]
    for match in _DEFINITION.finditer(text):
        at = match.start(1)
        if any(start <= at < end for start, end in blocks):
            continue
        dest = match.group(2)
        if dest.startswith("<"):
            dest = dest[1:-1]
        url = html.unescape(_ESCAPE.sub(r"\1", dest))
        index = text.find(url, at, match.end(1))
        yield (index, url, True) if index >= 0 else (at, url, False)


# -- URLs as the WHATWG URL parser sees them ------------------------------------------------

_SCHEME = re.compile(r"[A-Za-z][-A-Za-z0-9+.]*:")
_SPECIAL = frozenset(("http", "https", "ws", "wss", "ftp"))
_BAD_HOST = re.compile(r"[\x00-\x20#%/:<>?@\[\\\]^|]")


def _parse(uri: str):
    """(scheme, host) of an absolute URL, or None where ``URL.parse`` fails."""
    uri = uri.strip("\x00- ")
    match = _SCHEME.match(uri)
    if not match:
        return None
    scheme = match.group()[:-1].lower()
    rest = uri[match.end():]
    if scheme in _SPECIAL:
        rest = rest.lstrip("/\\")
        authority = re.split(r"[/\\?#]", rest, maxsplit=1)[0].rpartition("@")[2]
        host, _, port = authority.partition(":") if not authority.startswith("[") else (authority, "", "")
        if not host or _BAD_HOST.search(host) or (port and not port.isdigit()):
            return None
        return scheme, authority.lower()
    if rest.startswith("//"):
        return scheme, re.split(r"[/?#]", rest[2:], maxsplit=1)[0].rpartition("@")[2]
    return scheme, ""


def _is_relative(uri: str) -> bool:
    parsed = _parse(uri)
    if parsed is None:
        return not uri.startswith("/")
    if parsed[0] != "file":
        return False
    return not parsed[1] and not uri.startswith("/")


def _is_local(uri: str) -> bool:
    return uri.startswith("/") or _is_relative(uri)


def _is_http(uri: str) -> bool:
    parsed = _parse(uri)
    return parsed is not None and parsed[0] in ("http", "https")


def _file_path(path: str) -> str | None:
    """The post's absolute path (none for standard input without a name).  (textlint takes a
    relative --stdin-filename as given, makes ``file://dir/post.md`` of it, a host, and so
    skips every relative link: postlint checks them beside that file.)"""
    if not path or path.startswith("<"):
        return None
    return os.path.abspath(path)


def _resolve(uri: str, base: str, http_only: bool) -> str:
    if http_only:
        return urljoin(base, uri) if _parse(base) is not None else uri
    if not _is_relative(uri):
        return uri
    base_url = base if base.startswith(("http", "file://")) else "file://" + base
    return urljoin(base_url, uri.replace("\\", "/"))


def _ignored(uri: str, opts) -> bool:
    from wcmatch import glob

    flags = glob.GLOBSTAR | glob.BRACE | glob.EXTGLOB | (glob.DOTGLOB if opts["dotInIgnore"] else 0)
    return any(glob.globmatch(uri, pattern, flags=flags) for pattern in opts["ignore"])


# -- checking ---------------------------------------------------------------------------------

class Result:
    __slots__ = ("ok", "message", "redirected", "redirect_to", "local")

    def __init__(self, ok, message, redirected=False, redirect_to=None, local=False):
        self.ok, self.message, self.redirected, self.redirect_to, self.local = ok, message, redirected, redirect_to, local


def _local_file(uri: str) -> Result:
    if uri.startswith("file:"):
        parts = urlsplit(uri)
        if parts.netloc not in ("", "localhost"):
            return Result(False, f"ファイルの URL のホスト {parts.netloc} は読めません", local=True)
        path = unquote(parts.path)
    else:
        path = uri
    path = re.sub(r"[?#].*", "", path)
    if os.path.exists(path) or os.path.islink(path):
        return Result(True, "OK", local=True)
    return Result(False, f"{path} がありません", local=True)


class _Checker:
    """The HTTP checks of one set of options, each URL's answer kept ``linkMaxAge`` ms
    (textlint's memo is per options too): one request per URL for all the files of a run
    (in each worker process, with --jobs)."""

    _by_options: dict = {}
    _lock = threading.Lock()

    def __init__(self, opts):
        self.opts = opts
        self.memo: dict[str, tuple[float, Future]] = {}
        self.window = [0.0, 0]  # start of the rate window, requests started in it
        self.rate_lock = threading.Lock()

    @classmethod
    def get(cls, opts) -> "_Checker":
        key = json.dumps(opts, sort_keys=True, default=str)
        with cls._lock:
            checker = cls._by_options.get(key)
            if checker is None:
                checker = cls._by_options[key] = cls(opts)
            return checker

    def submit(self, uris) -> dict[str, Future]:
        futures: dict[str, Future] = {}
        todo = []
        now = time.monotonic()
        max_age = self.opts["linkMaxAge"] / 1000
        with self._lock:
            for uri in uris:
                if uri in futures:
                    continue
                held = self.memo.get(uri)
                if held is not None and now - held[0] <= max_age:
                    futures[uri] = held[1]
                    continue
                future: Future = Future()
                self.memo[uri] = (now, future)
                futures[uri] = future
                todo.append((uri, future))
        if todo:
            pool = ThreadPoolExecutor(max_workers=min(self.opts["concurrency"], len(todo)))
            for uri, future in todo:
                pool.submit(self._run, uri, future)
            pool.shutdown(wait=False)
        return futures

    def _run(self, uri: str, future: Future) -> None:
        try:
            self._pace()
            method = "GET" if any(_origin(uri) == _origin(o) for o in self.opts["preferGET"]) else "HEAD"
            future.set_result(_alive(uri, method, self.opts))
        except BaseException as exc:  # (never: _alive catches what a request raises)
            future.set_result(Result(False, f"{type(exc).__name__}: {exc}"))

    def _pace(self) -> None:
        """At most ``intervalCap`` requests started per ``interval`` ms (p-queue's limit)."""
        interval = self.opts["interval"] / 1000
        while True:
            with self.rate_lock:
                now = time.monotonic()
                if now - self.window[0] >= interval:
                    self.window = [now, 0]
                if self.window[1] < self.opts["intervalCap"]:
                    self.window[1] += 1
                    return
                wait = self.window[0] + interval - now
            time.sleep(max(wait, 0.001))


def _origin(uri: str):
    parsed = _parse(uri)
    if parsed is None or parsed[0] not in _SPECIAL:
        return None  # (an opaque origin equals no other)
    host = parsed[1]
    default = {"http": ":80", "https": ":443", "ws": ":80", "wss": ":443", "ftp": ":21"}[parsed[0]]
    return parsed[0], host[:-len(default)] if host.endswith(default) else host


_REDIRECTS = (301, 302, 303, 307, 308)


def _alive(uri: str, method: str, opts) -> Result:
    """textlint's isAliveURI: HEAD, then GET up to ``retry`` times (waiting as it does
    between GETs); a redirect is followed to its end once and reported with its first status."""
    parts = urlsplit(uri)
    if parts.username is not None or parts.password is not None:  # (fetch refuses them)
        return Result(False, "URL にユーザー名やパスワード（…@）が入っているので問い合わせられません")
    retries = opts["retry"]
    count = 0
    while True:
        try:
            status, reason, headers, final_url = _request(uri, method, opts, follow=False)
            first = f"{status} {reason}"
            if status in _REDIRECTS:
                location = headers.get("Location")
                target = urljoin(uri, location) if location is not None else None
                if not target or _parse(target) is None:
                    return Result(False, first, redirected=True)
                end_status, end_reason, _, end_url = _request(target, method, opts, follow=True)
                fragment = urlsplit(uri).fragment
                redirect_to = end_url + ("#" + fragment if fragment else "")
                ok = 200 <= end_status < 300
                return Result(ok, first if ok else f"{first}、転送先は {end_status} {end_reason}", redirected=True,
                              redirect_to=redirect_to)
            ok = 200 <= status < 300
            if ok or count >= retries:
                return Result(ok, first)
            if method == "HEAD":
                method, count = "GET", count + 1
                continue
            _wait_before_retry(headers.get("Retry-After"), count, opts)
            count += 1
        except Exception as exc:  # no answer: retried with GET as textlint does
            if count >= retries:
                return Result(False, _error_text(exc, opts))
            method, count = "GET", count + 1


_NUMBER = re.compile(r"\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*\Z")


def _wait_before_retry(retry_after, count: int, opts) -> None:
    if retry_after:
        seconds = float(retry_after) if _NUMBER.match(retry_after) else float("nan")
        if seconds <= opts["maxRetryAfterTime"]:  # (not a number: no wait, as in textlint)
            time.sleep(max(seconds, 0))
    else:
        seconds = count ** 2 * 100 / 1000  # 0, 0.1, 0.4, 0.9 s...
        if seconds <= opts["maxRetryTime"]:
            time.sleep(seconds)


def _error_text(exc: Exception, opts) -> str:
    import socket
    import ssl

    if isinstance(exc, (TimeoutError, socket.timeout)):
        return f"{opts['timeout']:g} 秒待っても応答がありません"
    if isinstance(exc, socket.gaierror):
        return f"ホスト名を引けません: {exc.strerror or exc}"
    if isinstance(exc, ConnectionRefusedError):
        return "接続を拒否されました"
    if isinstance(exc, ssl.SSLError):
        return f"TLS のエラー: {exc.reason or exc}"
    if isinstance(exc, _TooManyRedirects):
        return "転送が多すぎます（20 回まで）"
    return f"{type(exc).__name__}: {exc}"


class _TooManyRedirects(Exception):
    pass


def _request(uri: str, method: str, opts, follow: bool):
    """(status, reason, headers, final URL without its fragment) of one request
    (``follow``: through up to 20 redirects, as fetch)."""
    for _ in range(21):
        status, reason, headers = _send(uri, method, opts)
        location = headers.get("Location")
        if not follow or status not in _REDIRECTS or location is None:
            return status, reason, headers, _href(uri.partition("#")[0])
        uri = urljoin(uri, location)
    raise _TooManyRedirects()


_SAFE = "!#$%&'()*+,/:;=?@[]~-._"
_DEFAULT_PORTS = {"http": 80, "https": 443}


def _href(url: str) -> str:
    """``url`` written as the WHATWG URL parser writes it back (the form of fetch's final
    URL): scheme and host in small letters, no default port, a path of at least ``/``,
    other characters than URL ones percent-encoded."""
    from urllib.parse import quote

    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    netloc = parts.netloc.rpartition("@")[2].lower()
    if parts.port is not None and parts.port == _DEFAULT_PORTS.get(scheme):
        netloc = netloc.rpartition(":")[0]
    path = quote(parts.path, safe=_SAFE) or "/"
    query = "?" + quote(parts.query, safe=_SAFE) if parts.query else ""
    return f"{scheme}://{netloc}{path}{query}"
_ADDRESSES: dict = {}  # host -> (its addresses, or the error looking it up): once per run
_ADDRESS_LOCKS: dict = {}


def _addresses(host: str, port: int):
    """The addresses of ``host`` as Node looks them up (AI_ADDRCONFIG: no AAAA query on a
    machine without IPv6; a resolver that drops one of a pair of queries then costs no
    5-second timeout), each host looked up once."""
    import socket

    with _Checker._lock:
        lock = _ADDRESS_LOCKS.setdefault(host, threading.Lock())
    with lock:
        found = _ADDRESSES.get(host)
        if found is None:
            try:
                found = [(info[0], info[4][0]) for info in
                         socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM, 0, socket.AI_ADDRCONFIG)]
            except OSError as exc:
                found = exc
            _ADDRESSES[host] = found
    if isinstance(found, OSError):
        raise found
    return found


def _open(host: str, port: int, timeout):
    import socket

    error: OSError | None = None
    for family, address in _addresses(host, port):
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.settimeout(timeout)
            sock.connect((address, port))
            return sock
        except OSError as exc:
            sock.close()
            error = exc
    raise error or OSError(f"no address for {host}")


_CONNECTIONS: list = []


def _connection_classes():
    if not _CONNECTIONS:
        import http.client

        class HTTP(http.client.HTTPConnection):
            def connect(self):
                self.sock = _open(self.host, self.port, self.timeout)

        class HTTPS(http.client.HTTPSConnection):
            def connect(self):
                self.sock = self._context.wrap_socket(_open(self.host, self.port, self.timeout),
                                                      server_hostname=self.host)

        _CONNECTIONS.extend((HTTP, HTTPS))
    return _CONNECTIONS


def _http():
    return _connection_classes()[0]


def _https():
    return _connection_classes()[1]
_TLS: list = []


def _tls():
    """One TLS context for the run (making one reads the CA certificates: tens of ms)."""
    if not _TLS:
        import ssl

        _TLS.append(ssl.create_default_context())
    return _TLS[0]


def _send(uri: str, method: str, opts):
    from urllib.parse import quote

    parts = urlsplit(uri.strip())
    host = parts.hostname or ""
    try:
        host.encode("ascii")
    except UnicodeEncodeError:
        host = host.encode("idna").decode("ascii")
    port = parts.port
    path = quote(parts.path or "/", safe=_SAFE) + (("?" + quote(parts.query, safe=_SAFE)) if parts.query else "")
    if parts.scheme.lower() == "https":
        conn = _https()(host, port, timeout=opts["timeout"], context=_tls())
    else:
        conn = _http()(host, port, timeout=opts["timeout"])
    try:
        conn.request(method, path, headers={"User-Agent": opts["userAgent"], "Accept": "*/*"})
        res = conn.getresponse()
        return res.status, res.reason, res.headers
    finally:
        conn.close()
