package org.pravasi.registry.workspace;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.Locale;

/**
 * Streams past one part of an .xlsx, without parsing it, and refuses what the workbook reader would build in memory
 * before any limit of ours could look at it: a row with more cells than Excel allows, a cell address beyond Excel's
 * last column (the reader makes room for every column up to it, in that row and every row after), a sheet whose rows
 * times its widest row pass {@link XlsxInflation#MAX_CELL_SLOTS}, a text longer than
 * {@link XlsxInflation#MAX_TEXT_BYTES}, and a shared strings table of more texts than a sheet the workspace reads can
 * use (the reader keeps every one up to the highest a cell names).
 *
 * <p>Every part is scanned whatever its name: the reader finds sheets through the workbook's relationships and the
 * shared strings through the content types, either of which may point anywhere. A part whose first character is not
 * {@code <} (after a byte-order mark and white space) is no XML the reader could parse, an image say, and is passed
 * over. A part in UTF-16 or UTF-32 is decoded first, as the reader's parser would. Elements and attributes are known by
 * their local names ({@code row}, {@code c}, {@code r}, {@code si}), whatever their prefix.
 */
final class PartScan {
    private static final int NAME = 16;

    private final String entry;
    private final long maxStrings;
    private final StringBuilder name = new StringBuilder();
    private final StringBuilder attribute = new StringBuilder();
    private final ByteBuffer head = ByteBuffer.allocate(4);
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(64 * 1024);
    private CharsetDecoder decoder;
    private boolean singleByte;
    private boolean decided;
    private boolean xml;
    private boolean afterLt;
    private boolean inName;
    private boolean inTag;
    private boolean inCell;
    private boolean inAttributeName;
    private char quote;
    private boolean address;
    private boolean letters;
    private long column;
    private long row;
    private int cells;
    private int widest;
    private long slots;
    private long text;
    private long strings;

    /** A scan of part {@code entry}, allowing at most {@code maxStrings} shared strings. */
    PartScan(String entry, long maxStrings) {
        this.entry = entry;
        this.maxStrings = maxStrings;
    }

    /** Scans the next {@code n} bytes of {@code buf}. */
    void scan(byte[] buf, int n) throws XlsxInflation.Refused {
        int at = 0;
        while (decoder == null && !singleByte && at < n) {
            head.put(buf[at++]);
            if (!head.hasRemaining()) {
                encoding();
            }
        }
        feed(buf, at, n - at);
    }

    /** The end of the part. */
    void finish() throws XlsxInflation.Refused {
        if (decoder == null && !singleByte) {
            encoding();
        }
    }

    /**
     * Tells the encoding from the first four bytes as the reader's XML parser does: a byte-order mark, else where the
     * zero bytes of a {@code <} fall; else a single-byte or UTF-8 text, whose ASCII letters are bytes of their own.
     */
    private void encoding() throws XlsxInflation.Refused {
        byte[] b = Arrays.copyOf(head.array(), head.position());
        String charset = charset(b);
        if (charset == null) {
            singleByte = true;
        } else {
            decoder = Charset.forName(charset)
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
        }
        feed(b, 0, b.length);
    }

    private static String charset(byte[] b) {
        if (b.length < 2) {
            return null;
        }
        int b0 = b[0] & 0xff;
        int b1 = b[1] & 0xff;
        boolean four = b.length == 4;
        if (four && b0 == 0 && b1 == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff) {
            return "UTF-32BE";
        } else if (four && b0 == 0xff && b1 == 0xfe && b[2] == 0 && b[3] == 0) {
            return "UTF-32LE";
        } else if (b0 == 0xfe && b1 == 0xff) {
            return "UTF-16BE";
        } else if (b0 == 0xff && b1 == 0xfe) {
            return "UTF-16LE";
        } else if (four && b0 == 0 && b1 == 0 && b[2] == 0) {
            return "UTF-32BE";
        } else if (four && b1 == 0 && b[2] == 0 && b[3] == 0) {
            return "UTF-32LE";
        } else if (b0 == 0) {
            return "UTF-16BE";
        } else if (b1 == 0) {
            return "UTF-16LE";
        }
        return null;
    }

    private void feed(byte[] buf, int off, int len) throws XlsxInflation.Refused {
        if (singleByte) {
            for (int i = off; i < off + len && (xml || !decided); i++) {
                next((char) (buf[i] & 0xff));
            }
            return;
        }
        for (int at = off; at < off + len; ) {
            int take = Math.min(bytes.remaining(), off + len - at);
            bytes.put(buf, at, take);
            at += take;
            bytes.flip();
            CoderResult result;
            do {
                result = decoder.decode(bytes, chars, false);
                chars.flip();
                while (chars.hasRemaining() && (xml || !decided)) {
                    next(chars.get());
                }
                chars.clear();
            } while (result.isOverflow());
            bytes.compact();
        }
    }

    /** The next character: white space and a byte-order mark before the first, which must be {@code <} for XML. */
    private void next(char ch) throws XlsxInflation.Refused {
        if (!decided) {
            if (space(ch) || ch == '\ufeff' || ch == 0xef || ch == 0xbb || ch == 0xbf) {
                return;
            }
            decided = true;
            xml = ch == '<';
            if (!xml) {
                return;
            }
        }
        markup(ch);
    }

    private void markup(char ch) throws XlsxInflation.Refused {
        if (afterLt) {
            afterLt = false;
            inName = ch != '/' && ch != '?' && ch != '!';
            // A comment or CDATA section is text to the reader: counted as text, not skipped as a tag.
            inTag = ch != '!';
            name.setLength(0);
            if (inName) {
                name.append(ch);
            }
        } else if (ch == '<') {
            // Never inside a value: XML allows no '<' there.
            afterLt = true;
            inTag = true;
            inCell = false;
            quote = 0;
            text = 0;
        } else if (inName) {
            if (ch == '>' || ch == '/' || space(ch)) {
                inName = false;
                element();
                if (ch == '>') {
                    tagEnd();
                }
            } else if (ch == ':') {
                name.setLength(0);
            } else if (name.length() < NAME) {
                name.append(ch);
            }
        } else if (inTag) {
            inTag(ch);
        } else if (!space(ch) && ++text > XlsxInflation.MAX_TEXT_BYTES) {
            throw new XlsxInflation.Refused("a text in " + entry + " is longer than "
                    + XlsxInflation.kib(XlsxInflation.MAX_TEXT_BYTES)
                    + "; a cell holds at most a few thousand characters.");
        }
    }

    /** Inside a start or end tag, past its name: attributes, their values in quotes (which may hold '>'). */
    private void inTag(char ch) throws XlsxInflation.Refused {
        if (quote != 0) {
            if (ch == quote) {
                quote = 0;
                if (address) {
                    address();
                }
            } else if (address) {
                addressChar(ch);
            }
        } else if (ch == '>') {
            tagEnd();
        } else if (ch == '"' || ch == '\'') {
            quote = ch;
            address = inCell && attribute.toString().equals("r");
            letters = true;
            column = 0;
            inAttributeName = false;
        } else if (!inCell) {
            return;
        } else if (ch == '=' || space(ch)) {
            inAttributeName = false;
        } else if (ch == ':' && inAttributeName) {
            attribute.setLength(0);
        } else {
            if (!inAttributeName) {
                inAttributeName = true;
                attribute.setLength(0);
            }
            if (attribute.length() < NAME) {
                attribute.append(ch);
            }
        }
    }

    /** A character of a cell's address: its leading letters name the column. */
    private void addressChar(char ch) throws XlsxInflation.Refused {
        if (ch == '&') {
            throw new XlsxInflation.Refused("a cell of the " + ordinal(row) + " row written in " + entry
                    + " gives its address with a character reference (&…;), which no spreadsheet program writes.");
        }
        char c = Character.toUpperCase(ch);
        if (letters && c >= 'A' && c <= 'Z') {
            column = Math.min(column * 26 + (c - 'A' + 1), XlsxInflation.MAX_CELLS_PER_ROW + 1L);
        } else if (!(letters && column == 0 && space(c))) {
            letters = false;
        }
    }

    private void address() throws XlsxInflation.Refused {
        address = false;
        if (column > XlsxInflation.MAX_CELLS_PER_ROW) {
            throw new XlsxInflation.Refused("a cell of the " + ordinal(row) + " row written in " + entry
                    + " names a column beyond XFD, the last column Excel itself allows.");
        }
        widest = Math.max(widest, (int) column);
    }

    private void element() throws XlsxInflation.Refused {
        String local = name.toString();
        inCell = false;
        switch (local) {
            case "row" -> {
                row++;
                cells = 0;
                slots += widest;
                if (slots > XlsxInflation.MAX_CELL_SLOTS) {
                    throw new XlsxInflation.Refused(entry + " reaches column " + column(widest) + " and has " + row
                            + " rows: reading it would go through more than "
                            + String.format(Locale.ROOT, "%,d", XlsxInflation.MAX_CELL_SLOTS)
                            + " cells. Delete the empty columns and rows beyond your table (select them, Delete).");
                }
            }
            case "c" -> {
                if (++cells > XlsxInflation.MAX_CELLS_PER_ROW) {
                    throw new XlsxInflation.Refused("the " + ordinal(row) + " row written in " + entry
                            + " has more than " + String.format(Locale.ROOT, "%,d", XlsxInflation.MAX_CELLS_PER_ROW)
                            + " cells, more columns than Excel itself allows.");
                }
                widest = Math.max(widest, cells);
                inCell = true;
                inAttributeName = false;
                attribute.setLength(0);
            }
            case "si" -> {
                if (++strings > maxStrings) {
                    throw new XlsxInflation.Refused(entry + " holds more than "
                            + String.format(Locale.ROOT, "%,d", maxStrings) + " texts, more than the "
                            + String.format(Locale.ROOT, "%,d", maxStrings)
                            + " cells the workspace reads from a sheet could use. Delete the sheets you do not"
                            + " publish, or save the sheet alone as CSV UTF-8.");
                }
            }
            default -> {}
        }
    }

    /** The end of a tag. */
    private void tagEnd() {
        inTag = false;
        inCell = false;
        text = 0;
    }

    private static boolean space(int ch) {
        return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
    }

    private static String ordinal(long n) {
        long tens = n % 100;
        String suffix = tens >= 11 && tens <= 13
                ? "th"
                : switch ((int) (n % 10)) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    /** The letters of 1-based column {@code n}: 1 is A, 16,384 is XFD. */
    private static String column(int n) {
        StringBuilder out = new StringBuilder();
        for (int c = n; c > 0; c = (c - 1) / 26) {
            out.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return out.toString();
    }
}
