// Downloads an export of the screens through the same API address as any client, reporting the bytes received so
// that a long export shows its progress; the file is saved under the name the server gives.
export async function download(url, fallbackName, listener) {
    const response = await fetch(url, { credentials: 'same-origin', headers: { 'Accept': '*/*' } });
    if (!response.ok || !response.body) {
        return { status: response.status, name: fallbackName, bytes: 0 };
    }
    const total = Number(response.headers.get('Content-Length')) || 0;
    const reader = response.body.getReader();
    const chunks = [];
    let received = 0;
    let reported = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.length;
        if (received - reported >= 256 * 1024) {
            reported = received;
            await listener.invokeMethodAsync('Progress', received, total);
        }
    }
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
