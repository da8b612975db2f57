package org.pravasi.portal.search;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Plain text from a story's Markdown, for matching and snippets: the words people read, without markup, link targets or
 * raw HTML blocks. Parsed with commonmark, the same parser the story pages render with.
 */
final class MarkdownText {
    private static final Parser PARSER = Parser.builder().build();

    private MarkdownText() {}

    static String plain(String markdown) {
        Collector c = new Collector();
        PARSER.parse(markdown).accept(c);
        return c.out.toString().strip();
    }

    private static final class Collector extends AbstractVisitor {
        private final StringBuilder out = new StringBuilder();

        @Override
        public void visit(Text text) {
            out.append(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            out.append(code.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak br) {
            out.append(' ');
        }

        @Override
        public void visit(HardLineBreak br) {
            out.append('\n');
        }

        @Override
        public void visit(HtmlBlock html) {
            // markup, not prose
        }

        @Override
        protected void visitChildren(Node parent) {
            super.visitChildren(parent);
            if (parent instanceof Block
                    && parent.getFirstChild() != null
                    && !(parent.getFirstChild() instanceof Block)) {
                out.append("\n\n");
            }
        }
    }
}
