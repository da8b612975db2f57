package org.pravasi.registry.disclosure;

/** Where a stretch of one form the screen reads (as written, or as shown) stands in the original text. */
interface OriginalSpans {
    /** The original as is: a stretch stands where it is. */
    OriginalSpans AS_WRITTEN = new OriginalSpans() {
        @Override
        public int start(int from, int to) {
            return from;
        }

        @Override
        public int end(int from, int to) {
            return to;
        }
    };

    /** The offset in the original where the characters of the form from {@code from} to {@code to} begin. */
    int start(int from, int to);

    /** The offset in the original past the last of the characters of the form from {@code from} to {@code to}. */
    int end(int from, int to);
}
