package io.github.jishi.source;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jishi.JishiException;
import io.github.jishi.internal.text.TextNormalizer;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Reads pages saved as text, HTML, Markdown with front matter, JSON or JSONL into
 * {@link SourceDocument}s with the page chrome cut.
 *
 * <p>The charset is detected from the bytes and the form from the content as well as the file
 * name. An empty page, or one that is nothing but chrome, gives a document with empty text; only
 * unreadable or binary files are errors. Instances are immutable and safe to share between threads.
 */
public final class DocumentReader {
  /** Larger files would not fit a Java array once decoded. */
  private static final long MAX_BYTES = 1L << 30;

  /** Extensions of files that are never pages, skipped when listing a directory. */
  private static final Set<String> NOT_PAGES =
      Set.of(
          "png", "jpg", "jpeg", "gif", "bmp", "webp", "ico", "svg", "tif", "tiff", "psd", "heic", "mp3", "mp4",
          "m4a", "avi", "mov", "wav", "flac", "ogg", "webm", "mkv", "flv", "wmv", "zip", "gz", "tgz", "bz2", "xz",
          "7z", "rar", "tar", "zst", "lz4", "jar", "war", "ear", "class", "so", "dll", "dylib", "exe", "bin", "o",
          "a", "pyc", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "woff", "woff2", "ttf", "otf",
          "eot", "css", "js", "map", "db", "sqlite", "iso", "dmg", "parquet", "avro", "pkl", "npy", "lock");

  private final ReaderOptions options;

  private DocumentReader(ReaderOptions options) {
    this.options = options;
  }

  /**
   * A reader with the default JSON keys.
   *
   * @return the reader
   */
  public static DocumentReader create() {
    return new DocumentReader(ReaderOptions.defaults());
  }

  /**
   * A reader that looks for JSON fields under the keys in {@code options}.
   *
   * @param options the keys of a JSON record's title, body, date and URL
   * @return the reader
   */
  public static DocumentReader withOptions(ReaderOptions options) {
    return new DocumentReader(Objects.requireNonNull(options, "options"));
  }

  /**
   * Reads one file, naming its documents after {@code file.toString()}.
   *
   * @param file the file to read
   * @return its documents: one per record of a JSON array or JSONL file, else one
   * @throws JishiException when the file cannot be read or holds binary content
   */
  public List<SourceDocument> read(Path file) {
    Objects.requireNonNull(file, "file");
    return read(file, file.toString());
  }

  /**
   * Reads one file: a JSON array or JSONL file gives one document per record (source
   * {@code sourceName#N}, N from 1), any other file one document (source {@code sourceName}).
   *
   * @param file the file to read
   * @param sourceName how the user named the file, used as the documents' source and in errors
   * @return its documents
   * @throws JishiException when the file cannot be read, holds binary content, or has a
   *     {@code .json}/{@code .jsonl} name but malformed JSON
   */
  public List<SourceDocument> read(Path file, String sourceName) {
    return read(file, sourceName, problem -> {});
  }

  /**
   * Like {@link #read(Path, String)}, telling {@code problems} about each part of the file that could
   * not be read while the rest is kept: a bad line of a JSON Lines file, garbage after a JSON value
   * (each with its line and column).
   *
   * @param file the file to read
   * @param sourceName how the user named the file, used as the documents' source and in errors
   * @param problems told about each part that could not be read
   * @return the documents that could be read
   * @throws JishiException when the file cannot be read or holds binary content
   */
  public List<SourceDocument> read(Path file, String sourceName, Consumer<String> problems) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(problems, "problems");
    Objects.requireNonNull(sourceName, "sourceName");
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        throw new JishiException("not a file (a directory): " + sourceName);
      }
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new JishiException("file too large to read (" + size + " bytes): " + sourceName);
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new JishiException("no such file: " + sourceName, e);
    } catch (IOException e) {
      throw new JishiException("cannot read file: " + sourceName + " (" + reason(e) + ")", e);
    }
    String text = CharsetDetector.decode(bytes, sourceName).text();
    Path name = file.getFileName();
    return readContent(text, sourceName, name == null ? sourceName : name.toString(), problems);
  }

  /**
   * Reads a page held in memory; the form is detected from the content (and the extension of
   * {@code sourceName}, if it has one).
   *
   * @param content the page: HTML, Markdown, plain text or one JSON record
   * @param sourceName what names the page, used as the document's source and in errors
   * @return the document
   * @throws JishiException when the content is JSON holding more than one record
   */
  public SourceDocument readString(String content, String sourceName) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(sourceName, "sourceName");
    List<SourceDocument> docs = readContent(content, sourceName, sourceName, problem -> {});
    if (docs.size() != 1) {
      throw new JishiException(
          "content holds " + docs.size() + " JSON records, not one page: " + sourceName);
    }
    return docs.get(0);
  }

  /**
   * The files to read under {@code fileOrDir}: the file itself, or every file below the directory,
   * recursively and sorted, skipping hidden files and directories and files that are plainly not
   * pages (images, archives, class files...).
   *
   * @param fileOrDir a file or a folder
   * @return the files to read
   * @throws JishiException when {@code fileOrDir} does not exist or cannot be listed
   */
  public static List<Path> listFiles(Path fileOrDir) {
    return listFiles(fileOrDir, skip -> {});
  }

  /**
   * Like {@link #listFiles(Path)}, following symbolic links (a link to a folder already being walked
   * is a loop, and skipped) and telling {@code skips} about every file or folder left out for a
   * reason other than being hidden or plainly not a page, with that reason
   * ({@code cannot read folder x: Permission denied}).
   *
   * @param fileOrDir a file or a folder
   * @param skips told about every file or folder left out, with the reason
   * @return the files to read
   */
  public static List<Path> listFiles(Path fileOrDir, Consumer<String> skips) {
    Objects.requireNonNull(fileOrDir, "fileOrDir");
    Objects.requireNonNull(skips, "skips");
    if (!Files.exists(fileOrDir)) {
      throw new JishiException("no such file or directory: " + fileOrDir);
    }
    if (!Files.isDirectory(fileOrDir)) {
      return List.of(fileOrDir);
    }
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(
          fileOrDir,
          java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(fileOrDir) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (isHidden(file) || NOT_PAGES.contains(extension(file)) || isProjectFile(file)) {
                return FileVisitResult.CONTINUE;
              }
              if (attrs.isRegularFile()) {
                files.add(file);
              } else if (Files.isSymbolicLink(file) && !Files.exists(file)) {
                skips.accept("skipped " + file + ": broken symbolic link");
              } else if (!attrs.isDirectory()) {
                skips.accept("skipped " + file + ": not a regular file (device, pipe or socket)");
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (e instanceof java.nio.file.FileSystemLoopException) {
                skips.accept("skipped " + file + ": symbolic link loop (the folder is already being read)");
              } else if (!isHidden(file)) {
                String what = Files.isDirectory(file) ? "folder" : "file";
                skips.accept("cannot read " + what + " " + file + ": " + reason(e));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
              if (e != null) {
                skips.accept("cannot read folder " + dir + ": " + reason(e));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new JishiException("cannot list directory: " + fileOrDir + " (" + oneLine(e) + ")", e);
    }
    files.sort(null);
    return List.copyOf(files);
  }

  /** Why a file could not be read, as the system says it ({@code Permission denied}). */
  private static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "Permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "No such file or directory";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return oneLine(e);
  }

  /**
   * A folder's own README, LICENSE, NOTICE or CHANGELOG describes the folder; it is no page.
   * Given by name, such a file is still read.
   */
  private static boolean isProjectFile(Path p) {
    String name = p.getFileName().toString().toUpperCase(java.util.Locale.ROOT);
    int dot = name.indexOf('.');
    String stem = dot < 0 ? name : name.substring(0, dot);
    return stem.equals("README") || stem.equals("LICENSE") || stem.equals("NOTICE") || stem.equals("CHANGELOG");
  }

  private static boolean isHidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static String extension(Path p) {
    Path name = p.getFileName();
    return name == null ? "" : FormatDetector.extension(name.toString());
  }

  private List<SourceDocument> readContent(String content, String source, String fileName, Consumer<String> problems) {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    DocumentFormat format = FormatDetector.detect(text, fileName);
    if (format == DocumentFormat.JSON || format == DocumentFormat.JSONL) {
      String ext = FormatDetector.extension(fileName);
      boolean jsonName = ext.equals("json") || ext.equals("jsonl") || ext.equals("ndjson");
      try {
        JsonRecordParser.Records parsed = JsonRecordParser.records(text, format, source, options);
        boolean anyRecord = parsed.nodes().stream().anyMatch(n -> n.isObject() || n.isTextual());
        if (jsonName || parsed.problems().isEmpty() || anyRecord) {
          parsed.problems().forEach(problems);
          return fromJson(parsed, format, source);
        }
        throw new JsonRecordParser.NotJson(parsed.problems().get(0));
      } catch (JsonRecordParser.NotJson e) {
        if (ext.equals("json") || ext.equals("jsonl") || ext.equals("ndjson")) {
          throw new JishiException(e.getMessage());
        }
        format = FormatDetector.detect(text, fileName, false);
      }
    }
    return List.of(page(text, format, source));
  }

  private SourceDocument page(String text, DocumentFormat format, String source) {
    switch (format) {
      case HTML -> {
        HtmlPageParser.Page page = HtmlPageParser.parse(text);
        return assemble(source, format, page.blocks(), page.title(), page.date(), page.dateFrom(), Optional.empty())
            .withUrl(page.url());
      }
      case MARKDOWN -> {
        Optional<FrontMatterParser.FrontMatter> fm = FrontMatterParser.parse(text);
        String body = fm.map(FrontMatterParser.FrontMatter::body).orElse(text);
        String title = fm.map(f -> TextLines.trim(f.get("title"))).orElse("");
        String url = fm.map(f -> f.get("url")).orElse("");
        Optional<LocalDate> date = Optional.empty();
        String dateFrom = "";
        if (fm.isPresent()) {
          for (String key : options.dateKeys()) {
            Optional<LocalDate> d = PublishDateParser.parse(fm.get().get(key.toLowerCase(Locale.ROOT)));
            if (d.isPresent()) {
              date = d;
              dateFrom = "front matter " + key;
              break;
            }
          }
        }
        List<Block> blocks;
        if (FormatDetector.looksLikeHtml(body)) {
          HtmlPageParser.Page page = HtmlPageParser.parse(body);
          blocks = page.blocks();
          if (title.isEmpty()) {
            title = page.title();
          }
          if (date.isEmpty()) {
            date = page.date();
            dateFrom = page.dateFrom();
          }
          if (url.isBlank()) {
            url = page.url();
          }
        } else {
          MarkdownLines.Body md = MarkdownLines.read(body);
          blocks = md.blocks();
          if (title.isEmpty()) {
            title = md.heading();
          }
        }
        return assemble(source, format, blocks, title, date, dateFrom, Optional.empty()).withUrl(url);
      }
      default -> {
        return assemble(source, DocumentFormat.TEXT, TextLines.blocks(text), "", Optional.empty(), "", Optional.empty());
      }
    }
  }

  private List<SourceDocument> fromJson(JsonRecordParser.Records parsed, DocumentFormat format, String source) {
    List<JsonNode> records = parsed.nodes();
    boolean numbered = parsed.many();
    List<SourceDocument> docs = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      String name = numbered ? source + "#" + (i + 1) : source;
      JsonNode record = records.get(i);
      if (record.isObject()) {
        docs.add(fromRecord(record, format, name));
      } else if (record.isTextual()) {
        SourceDocument inner = page(record.asText(), FormatDetector.detect(record.asText(), "", false), name);
        docs.add(withFormat(inner, format));
      }
    }
    return docs;
  }

  private SourceDocument fromRecord(JsonNode record, DocumentFormat format, String source) {
    String title = JsonRecordParser.find(record, options.titleKeys()).map(JsonRecordParser::text).orElse("");
    if (title.indexOf('<') >= 0) {
      title = Jsoup.parse(title).text();
    }
    title = TextLines.trim(title);
    String body =
        JsonRecordParser.find(record, options.textKeys())
            .map(JsonRecordParser::text)
            .orElseGet(() -> JsonRecordParser.longestString(record, allKeys()));
    Optional<LocalDate> date = Optional.empty();
    String dateFrom = "";
    Optional<JsonRecordParser.Field> dateField = JsonRecordParser.field(record, options.dateKeys());
    if (dateField.isPresent()) {
      date = PublishDateParser.parse(JsonRecordParser.text(dateField.get().value()));
      if (date.isPresent()) {
        dateFrom = "json " + dateField.get().key();
      }
    }
    Optional<JsonRecordParser.Field> urlField = JsonRecordParser.field(record, options.urlKeys());
    Optional<UrlDate> urlDate =
        urlField.flatMap(
            f -> PublishDateParser.fromUrl(JsonRecordParser.text(f.value())).map(d -> new UrlDate(d, "url " + f.key())));
    String url = urlField.map(f -> JsonRecordParser.text(f.value())).orElse("");
    List<Block> blocks;
    if (FormatDetector.looksLikeHtml(body)) {
      HtmlPageParser.Page page = HtmlPageParser.parse(body);
      blocks = page.blocks();
      if (title.isEmpty()) {
        title = page.title();
      }
      if (date.isEmpty()) {
        date = page.date();
        dateFrom = page.dateFrom();
      }
      if (url.isBlank()) {
        url = page.url();
      }
    } else {
      blocks = TextLines.blocks(body);
    }
    return assemble(source, format, blocks, title, date, dateFrom, urlDate).withUrl(url);
  }

  private List<String> allKeys() {
    List<String> keys = new ArrayList<>(options.titleKeys());
    keys.addAll(options.dateKeys());
    keys.addAll(options.urlKeys());
    return keys;
  }

  /** A publish date read from the page URL, the weakest evidence, used last. */
  private record UrlDate(LocalDate date, String from) {}

  private static final TextNormalizer NORMALIZER = TextNormalizer.create();
  private static final Pattern STATED_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})年");

  private static SourceDocument assemble(
      String source,
      DocumentFormat format,
      List<Block> blocks,
      String knownTitle,
      Optional<LocalDate> metaDate,
      String metaDateFrom,
      Optional<UrlDate> urlDate) {
    ChromeCleaner.Result cleaned = ChromeCleaner.clean(blocks, knownTitle.isEmpty() ? null : knownTitle);
    String title = knownTitle.isEmpty() ? cleaned.titleLine() : knownTitle;
    String text = String.join("\n", cleaned.paragraphs());
    // the layout is read on normalized text: the head for the dateline, the whole only for a notice
    Optional<Dateline> dateline = DatelineParser.mayHold(cleaned.headKeys())
        ? DatelineParser.find(NORMALIZER.normalizeKeepingSpaces(DatelineParser.head(text)))
        : Optional.empty();
    boolean notice = cleaned.notice();
    Optional<NoticeFooter> footer = notice ? NoticeFooters.find(NORMALIZER.normalizeKeepingSpaces(text)) : Optional.empty();
    Optional<LocalDate> signed = cleaned.signed().or(() -> footer.map(NoticeFooter::date));
    String issuer = cleaned.issuer().isEmpty() ? footer.map(NoticeFooter::issuer).orElse("") : NORMALIZER.normalizeQuery(cleaned.issuer());
    Optional<LocalDate> stamp = cleaned.stamp();
    PageFacts facts = new PageFacts(signed, issuer, footer, notice, stamp);

    Optional<LocalDate> published = metaDate;
    String from = metaDateFrom;
    if (published.isEmpty()) {
      published = cleaned.headerDate();
      from = cleaned.headerDateFrom();
    }
    if (published.isEmpty() && dateline.flatMap(Dateline::date).isPresent()) {
      published = dateline.flatMap(Dateline::date);
      from = "dateline";
    }
    if (published.isEmpty() && footer.isPresent()) {
      published = Optional.of(footer.get().date());
      from = "footer";
    }
    if (published.isEmpty() && urlDate.isPresent()) {
      published = Optional.of(urlDate.get().date());
      from = urlDate.get().from();
    }
    if (published.isEmpty() && stamp.isPresent() && !contradicts(text, stamp.get())) {
      published = stamp;
      from = "line stamp";
    }
    if (published.isEmpty()) {
      from = "";
    }
    if (title.isBlank()) {
      title = leadTitle(text);
    }
    return new SourceDocument(source, format, title, published, from, dateline, text, cleaned.removed(), facts);
  }

  /**
   * Whether the text contradicts a page stamp: it states years, and none of them reaches the year
   * before the stamp's. A story of 2015 under a stamp of 2024 was viewed in 2024, not written then.
   */
  static boolean contradicts(String text, LocalDate stamp) {
    Matcher m = STATED_YEAR.matcher(text);
    boolean any = false;
    while (m.find()) {
      any = true;
      if (Integer.parseInt(m.group(1)) >= stamp.getYear() - 1) {
        return false;
      }
    }
    return any;
  }

  /** Longest title derived from the lead when a page has none. */
  static final int LEAD_TITLE_MAX = 40;

  /** A date label and date opening the lead ({@code date 2026-04-02 }), which is no part of a title. */
  private static final Pattern LEAD_DATE =
      Pattern.compile("^(?i:date|published)[:：]?\\s*\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}\\s*");
  private static final Pattern LEAD_LABEL =
      Pattern.compile("^(?:" + SourceLexicon.words().summaryAlternation + ")[:：]\\s*");

  /**
   * A title for a page that has none: the first sentence of its lead, without a {@code 摘要:} label,
   * cut to {@value #LEAD_TITLE_MAX} characters; empty for an empty page.
   */
  static String leadTitle(String text) {
    String first = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    first = LEAD_LABEL.matcher(first).replaceFirst("");
    first = LEAD_DATE.matcher(first).replaceFirst("");
    int end = first.length();
    for (int i = 0; i < first.length(); i++) {
      if ("。！？!?；;".indexOf(first.charAt(i)) >= 0) {
        end = i;
        break;
      }
    }
    String sentence = first.substring(0, end).strip();
    return sentence.length() <= LEAD_TITLE_MAX ? sentence : sentence.substring(0, LEAD_TITLE_MAX) + "…";
  }

  private static SourceDocument withFormat(SourceDocument d, DocumentFormat format) {
    return new SourceDocument(
        d.source(), format, d.title(), d.published(), d.publishedFrom(), d.dateline(), d.text(), d.removed(), d.facts(), d.url());
  }

  private static String oneLine(IOException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replace('\n', ' ').replace('\r', ' ');
  }
}
