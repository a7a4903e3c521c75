package cn.gongkai.query.lint;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A report's web page (HTML), Gongkai's {@code format=html} or a portal's, turned into the text
 * {@link PublishedText} reads, as a browser's copy would give it: headings and paragraphs a line each (a line break
 * inside one starts a new line), each table row a paragraph of cells, each cell on a line after a tab. Cells a row
 * or column span covers are not repeated, as in the copied text.
 */
final class PublishedPage {

    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, div, tr, li";

    private PublishedPage() {
    }

    static String text(String html) {
        Document page = Jsoup.parse(html);
        StringBuilder text = new StringBuilder();
        for (Element block : page.body().select(BLOCKS)) {
            if (block.is("tr")) {
                for (Element cell : block.select("> td, > th")) {
                    text.append('\t').append(lines(cell).replace('\n', ' ').strip()).append('\n');
                }
                text.append('\n');
            } else if (block.closest("table") == null && block.select(BLOCKS).size() == 1) {
                text.append(lines(block)).append('\n');
            }
        }
        return text.toString();
    }

    /** An element's text with its line breaks ({@code <br>}) kept as new lines. */
    private static String lines(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode words) {
                text.append(words.text());
            } else if (node instanceof Element child) {
                text.append(child.is("br") ? "\n" : lines(child));
            }
        }
        return text.toString().strip();
    }
}
