package cn.gongkai.query.lint;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * A report as a Word document (DOCX), Gongkai's {@code format=docx} or an office's own, turned into the text
 * {@link PublishedText} reads: each paragraph a line, each table row a paragraph of cells, each cell on a line after a
 * tab; a cell continuing a vertical merge is the cell above it and is left out.
 */
final class PublishedDocument {

    private PublishedDocument() {
    }

    static String text(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            StringBuilder text = new StringBuilder();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    text.append(paragraph.getText().strip()).append('\n');
                } else if (element instanceof XWPFTable table) {
                    table(table, text);
                }
            }
            return text.toString();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a readable DOCX document: " + e.getMessage());
        }
    }

    private static void table(XWPFTable table, StringBuilder text) {
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                if (!continuesMerge(cell)) {
                    text.append('\t').append(cell.getText().replace('\n', ' ').strip()).append('\n');
                }
            }
            text.append('\n');
        }
    }

    private static boolean continuesMerge(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        return properties != null && properties.isSetVMerge()
                && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
    }
}
