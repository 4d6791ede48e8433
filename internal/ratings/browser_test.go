package ratings_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// browser is headless Chromium driven over the DevTools protocol on a pipe (file
// descriptors 3 and 4), with one page attached, its network off.
type browser struct {
	t        *testing.T
	cmd      *exec.Cmd
	in       io.WriteCloser
	session  string
	next     int
	mu       sync.Mutex
	replies  map[int]chan json.RawMessage
	events   chan event
	requests []string // every URL the page asked for
}

type event struct {
	Method string          `json:"method"`
	Params json.RawMessage `json:"params"`
}

// startBrowser starts Chromium, with the machine's network out of its reach where the
// test may make a network namespace, and with the page's network emulated offline always.
func startBrowser(t *testing.T, downloads string) *browser {
	t.Helper()
	bin, err := exec.LookPath("chromium")
	if err != nil {
		if _, derr := exec.LookPath("dpkg-query"); derr == nil {
			t.Fatal("chromium is not installed; `make test` installs it (apt-get install chromium)")
		}
		t.Skip("chromium cannot be installed here (not a Debian or Ubuntu system); the rating pack is not tested in a browser")
	}
	args := []string{"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
		"--user-data-dir=" + t.TempDir(), "--remote-debugging-pipe", "about:blank"}
	name := bin
	if exec.Command("unshare", "--net", "true").Run() == nil {
		name, args = "unshare", append([]string{"--net", bin}, args...)
	}
	cmdR, cmdW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	outR, outW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(name, args...)
	cmd.ExtraFiles = []*os.File{cmdR, outW}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	cmdR.Close()
	outW.Close()
	b := &browser{t: t, cmd: cmd, in: cmdW, replies: map[int]chan json.RawMessage{}, events: make(chan event, 1024)}
	t.Cleanup(func() {
		cmdW.Close()
		cmd.Process.Kill()
		cmd.Wait()
		if t.Failed() {
			t.Logf("chromium said:\n%s", stderr.String())
		}
	})
	go b.read(outR)
	b.attach(downloads)
	return b
}

// read hands replies to their callers and events to the events channel.
func (b *browser) read(r io.Reader) {
	br := bufio.NewReader(r)
	for {
		msg, err := br.ReadBytes(0)
		if err != nil {
			close(b.events)
			return
		}
		var m struct {
			ID     int             `json:"id"`
			Result json.RawMessage `json:"result"`
			Error  json.RawMessage `json:"error"`
			event
		}
		if json.Unmarshal(msg[:len(msg)-1], &m) != nil {
			continue
		}
		if m.ID != 0 {
			b.mu.Lock()
			ch := b.replies[m.ID]
			b.mu.Unlock()
			if m.Error != nil {
				m.Result = json.RawMessage(`{"error":` + string(m.Error) + `}`)
			}
			ch <- m.Result
			continue
		}
		if m.Method == "Network.requestWillBeSent" {
			var p struct {
				Request struct{ URL string } `json:"request"`
			}
			json.Unmarshal(m.Params, &p)
			b.mu.Lock()
			b.requests = append(b.requests, p.Request.URL)
			b.mu.Unlock()
		}
		select {
		case b.events <- m.event:
		default:
		}
	}
}

// call sends one command, to the page when page is true, and waits for its result.
func (b *browser) call(page bool, method string, params any) json.RawMessage {
	b.t.Helper()
	b.mu.Lock()
	b.next++
	id := b.next
	ch := make(chan json.RawMessage, 1)
	b.replies[id] = ch
	b.mu.Unlock()
	msg := map[string]any{"id": id, "method": method, "params": params}
	if page {
		msg["sessionId"] = b.session
	}
	body, _ := json.Marshal(msg)
	if _, err := b.in.Write(append(body, 0)); err != nil {
		b.t.Fatalf("%s: %v", method, err)
	}
	select {
	case res := <-ch:
		if bytes.HasPrefix(res, []byte(`{"error":`)) {
			b.t.Fatalf("%s: %s", method, res)
		}
		return res
	case <-time.After(30 * time.Second):
		b.t.Fatalf("%s: no answer from chromium in 30 s", method)
	}
	return nil
}

// attach opens a page, takes its network offline and sends downloads to dir.
func (b *browser) attach(dir string) {
	var target struct{ TargetID string }
	json.Unmarshal(b.call(false, "Target.createTarget", map[string]any{"url": "about:blank"}), &target)
	var sess struct{ SessionID string }
	json.Unmarshal(b.call(false, "Target.attachToTarget", map[string]any{"targetId": target.TargetID, "flatten": true}), &sess)
	b.session = sess.SessionID
	b.call(true, "Page.enable", map[string]any{})
	b.call(true, "Network.enable", map[string]any{})
	b.call(true, "Network.emulateNetworkConditions", map[string]any{"offline": true, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
	b.call(false, "Browser.setDownloadBehavior", map[string]any{"behavior": "allow", "downloadPath": dir, "eventsEnabled": true})
}

// open loads a file and waits for its load event.
func (b *browser) open(path string) {
	b.t.Helper()
	b.call(true, "Page.navigate", map[string]any{"url": "file://" + filepath.ToSlash(path)})
	b.waitFor("Page.loadEventFired", nil)
}

// waitFor waits for an event, one that match accepts when match is not nil.
func (b *browser) waitFor(method string, match func(json.RawMessage) bool) {
	b.t.Helper()
	deadline := time.After(30 * time.Second)
	for {
		select {
		case e, ok := <-b.events:
			if !ok {
				b.t.Fatalf("chromium stopped while waiting for %s", method)
			}
			if e.Method == method && (match == nil || match(e.Params)) {
				return
			}
		case <-deadline:
			b.t.Fatalf("no %s from chromium in 30 s", method)
		}
	}
}

// eval runs a script in the page and returns its value as JSON.
func (b *browser) eval(script string) json.RawMessage {
	b.t.Helper()
	var res struct {
		Result           struct{ Value json.RawMessage } `json:"result"`
		ExceptionDetails json.RawMessage                 `json:"exceptionDetails"`
	}
	json.Unmarshal(b.call(true, "Runtime.evaluate", map[string]any{"expression": script, "returnByValue": true}), &res)
	if res.ExceptionDetails != nil {
		b.t.Fatalf("script failed: %s\n%s", res.ExceptionDetails, script)
	}
	return res.Result.Value
}

// text runs a script in the page that returns a string.
func (b *browser) text(script string) string {
	var s string
	if err := json.Unmarshal(b.eval(script), &s); err != nil {
		b.t.Fatalf("%s did not give a string: %v", script, err)
	}
	return s
}

// externalRequests lists the URLs the page asked for that are not the pack itself.
func (b *browser) externalRequests(pack string) []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	var out []string
	for _, u := range b.requests {
		if p, err := url.PathUnescape(strings.TrimPrefix(u, "file://")); (err != nil || p != filepath.ToSlash(pack)) && !strings.HasPrefix(u, "data:") {
			out = append(out, u)
		}
	}
	return out
}
