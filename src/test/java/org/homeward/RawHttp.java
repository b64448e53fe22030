package org.homeward;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An HTTP/1.1 client on a bare socket, for requests no ordinary client sends: a body streamed
 * without end, chunked or under a Content-Length that lies. It notes how many body bytes it got
 * out before the server answered, so a test can see that the server stopped reading early.
 */
public final class RawHttp {

    private static final int CHUNK = 64 * 1024;

    private RawHttp() {}

    /** The answer's status line and head, and how many body bytes were sent before it came. */
    public record Reply(int status, String head, long bodyBytesSent) {}

    /**
     * Sends the head, then {@code prefix}, then filler bytes up to {@code bodyBytes} (chunked when
     * {@code chunked}), stopping as soon as the server answers or closes.
     */
    public static Reply send(int port, String head, boolean chunked, byte[] prefix, long bodyBytes) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            long sent = 0;
            byte[] filler = new byte[CHUNK];
            Arrays.fill(filler, (byte) 'a');
            try {
                sent += write(out, prefix, prefix.length, chunked);
                while (sent < bodyBytes && in.available() == 0) {
                    int length = (int) Math.min(CHUNK, bodyBytes - sent);
                    sent += write(out, filler, length, chunked);
                }
                if (chunked && sent >= bodyBytes) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.flush();
            } catch (IOException closedByServer) {
                // the server answered and closed while the body was still coming: what is wanted
            }
            String reply = readHead(in);
            return new Reply(Integer.parseInt(reply.substring(9, 12)), reply, sent);
        }
    }

    private static long write(OutputStream out, byte[] bytes, int length, boolean chunked) throws IOException {
        if (chunked) {
            out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes, 0, length);
            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        } else {
            out.write(bytes, 0, length);
        }
        return length;
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int next;
        while ((next = in.read()) >= 0) {
            head.write(next);
            if (head.size() >= 4 && head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                break;
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }
}
