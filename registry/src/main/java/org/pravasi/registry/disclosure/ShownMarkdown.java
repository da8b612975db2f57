package org.pravasi.registry.disclosure;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * What a page shows of a Markdown text (a story's body), for the personal-data screen to read as readers do: commonmark
 * (the parser story pages render with) decodes every HTML entity ({@code &ensp;}, {@code &ZeroWidthSpace;}), drops
 * backslash escapes ({@code 98765\-43210}) and emphasis ({@code 3 *women*}), and joins lines broken inside a paragraph;
 * raw HTML is kept as text, since pages escape it and show it as written. Link and image targets are listed apart.
 * Search indexes the same text (the words a reader sees are the words a search finds).
 *
 * @param text the words as shown, paragraphs apart
 * @param links the targets of links and images, as written
 */
public record ShownMarkdown(String text, List<String> links) {
    private static final Parser PARSER = Parser.builder().build();

    /** Copies the list. */
    public ShownMarkdown {
        links = List.copyOf(links);
    }

    /** What a page shows of {@code markdown}. */
    public static ShownMarkdown of(String markdown) {
        Collector c = new Collector();
        PARSER.parse(markdown).accept(c);
        return new ShownMarkdown(c.out.toString().strip(), c.links);
    }

    private static final class Collector extends AbstractVisitor {
        private final StringBuilder out = new StringBuilder();
        private final List<String> links = new ArrayList<>();

        @Override
        public void visit(Text text) {
            out.append(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            out.append(code.getLiteral());
        }

        @Override
        public void visit(FencedCodeBlock block) {
            out.append(block.getLiteral()).append("\n\n");
        }

        @Override
        public void visit(IndentedCodeBlock block) {
            out.append(block.getLiteral()).append("\n\n");
        }

        @Override
        public void visit(HtmlInline html) {
            out.append(html.getLiteral());
        }

        @Override
        public void visit(HtmlBlock html) {
            out.append(html.getLiteral()).append("\n\n");
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
        public void visit(Link link) {
            links.add(link.getDestination());
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            links.add(image.getDestination());
            visitChildren(image);
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
