// Downloads an export of the screens through the same API address as any client, reporting what was received (bytes,
// or rows of a streamed CSV) so that a long export shows its progress; the file is saved under the name the server gives.
export async function download(url, fallbackName, listener) {
    const response = await fetch(url, { credentials: 'same-origin', headers: { 'Accept': '*/*' } });
    if (!response.ok || !response.body) {
        return { status: response.status, name: fallbackName, bytes: 0 };
    }
    // A file of known length reports bytes; a streamed CSV (length unknown until its end) reports rows, from the count the
    // server announces and the line ends received. Progress goes to the screen at most every 150 ms.
    const length = Number(response.headers.get('Content-Length')) || 0;
    const rows = length > 0 ? 0 : Number(response.headers.get('X-Export-Rows')) || 0;
    const reader = response.body.getReader();
    const chunks = [];
    let received = 0;
    let lines = 0;
    let reportedAt = 0;
    const report = () => rows > 0
        ? listener.invokeMethodAsync('Progress', Math.min(Math.max(lines - 1, 0), rows), rows, 'rows')
        : listener.invokeMethodAsync('Progress', received, length, 'bytes');
    for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.length;
        if (rows > 0) {
            for (let i = 0; i < value.length; i++) if (value[i] === 10) lines++;
        }
        const now = performance.now();
        if (now - reportedAt >= 150) {
            reportedAt = now;
            await report();
        }
    }
    await report();
    const name = fileName(response.headers.get('Content-Disposition')) || fallbackName;
    const blob = new Blob(chunks, { type: response.headers.get('Content-Type') || 'application/octet-stream' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60000);
    return { status: response.status, name: name, bytes: received };
}

function fileName(disposition) {
    if (!disposition) return null;
    const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
    if (utf8) return decodeURIComponent(utf8[1]);
    const plain = /filename="?([^";]+)"?/i.exec(disposition);
    return plain ? plain[1] : null;
}
