package cn.gongkai.command.register;

import org.springframework.http.MediaType;

import java.util.Optional;

/** The file formats a register is read from. */
enum RegisterFormat {
    XLSX(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
    CSV(MediaType.parseMediaType("text/csv"));

    private final MediaType mediaType;

    RegisterFormat(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    MediaType mediaType() {
        return mediaType;
    }

    /** The format a request's Content-Type names, if it names one this import reads. */
    static Optional<RegisterFormat> of(MediaType contentType) {
        for (RegisterFormat format : values()) {
            if (format.mediaType.isCompatibleWith(contentType)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
