package cn.gongkai.query.lint;

import cn.gongkai.query.lint.LintController.LintResult;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The files of a ZIP of reports, or of a form's uploads, each linted alone: one result per file, in the order given,
 * or the reason a file could not be read. Bounded in files and unzipped bytes, so a small ZIP cannot unpack into a
 * flood.
 */
final class LintedFiles {

    static final int MAX_FILES = 500;
    static final int MAX_UNZIPPED_MB = 100;
    private static final long MAX_UNZIPPED = MAX_UNZIPPED_MB * 1024L * 1024L;

    /** A file's result, or {@code error}: why it could not be read. */
    record FileResult(String file, LintResult result, String error) {
    }

    private LintedFiles() {
    }

    /** A file handed in, by its name (which tells its format) and content. */
    record NamedFile(String name, byte[] content) {
    }

    /**
     * Files uploaded together (a form's file fields), each linted alone; a ZIP among them stands for its files, named
     * below the ZIP's own name.
     */
    static List<FileResult> each(List<NamedFile> files, BiFunction<String, byte[], LintResult> lint) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no file was uploaded; send each report as a 'file' part");
        }
        List<FileResult> results = new ArrayList<>();
        for (NamedFile file : files) {
            if (file.name().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
                for (FileResult inside : each(file.content(), lint)) {
                    results.add(new FileResult(file.name() + "/" + inside.file(), inside.result(), inside.error()));
                }
            } else {
                results.add(lintOne(file.name(), file.content(), lint));
            }
            if (results.size() > MAX_FILES) {
                throw new IllegalArgumentException("more than " + MAX_FILES + " files were uploaded");
            }
        }
        return results;
    }

    static List<FileResult> each(byte[] zip, BiFunction<String, byte[], LintResult> lint) {
        List<FileResult> results = new ArrayList<>();
        long unzipped = 0;
        try (ZipInputStream files = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = files.getNextEntry(); entry != null; entry = files.getNextEntry()) {
                if (entry.isDirectory() || entry.getName().startsWith("__MACOSX/")) {
                    continue;
                }
                if (results.size() == MAX_FILES) {
                    throw new IllegalArgumentException("the ZIP holds more than " + MAX_FILES + " files");
                }
                byte[] content = read(files, MAX_UNZIPPED - unzipped);
                unzipped += content.length;
                results.add(lintOne(entry.getName(), content, lint));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not a readable ZIP: " + e.getMessage());
        }
        if (results.isEmpty()) {
            throw new IllegalArgumentException("the ZIP holds no file");
        }
        return results;
    }

    private static FileResult lintOne(String name, byte[] content, BiFunction<String, byte[], LintResult> lint) {
        try {
            return new FileResult(name, lint.apply(name, content), null);
        } catch (IllegalArgumentException unreadable) {
            return new FileResult(name, null, unreadable.getMessage());
        }
    }

    private static byte[] read(InputStream file, long allowed) throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = file.read(buffer); n > 0; n = file.read(buffer)) {
            if (content.size() + n > allowed) {
                throw new IllegalArgumentException("the ZIP unpacks to more than " + MAX_UNZIPPED_MB + " MB");
            }
            content.write(buffer, 0, n);
        }
        return content.toByteArray();
    }
}
