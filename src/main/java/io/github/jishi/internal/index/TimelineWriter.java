package io.github.jishi.internal.index;

import io.github.jishi.JishiException;
import io.github.jishi.event.PolicyEvent;
import io.github.jishi.index.PageRecord;
import io.github.jishi.index.TimelineIndex;
import io.github.jishi.time.Precision;
import io.github.jishi.time.YearSource;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Writes pages and their events into a timeline index; one writer per index at a time.
 *
 * <p>Nothing is visible to searchers until {@link #commit()}: an interrupted run leaves the last
 * committed index readable. A file whose content did not change since it was indexed is skipped;
 * a changed one replaces all it contributed, so re-running never duplicates.
 */
public final class TimelineWriter implements Closeable {
  /**
   * Wraps the folder the writer writes to; tests set it (in this package) to make writes fail as a
   * full disk does, without filling one. Identity otherwise.
   */
  static volatile java.util.function.UnaryOperator<Directory> wrapDirectory = d -> d;

  private final Path dir;
  private final Directory directory;
  private final IndexWriter writer;
  private final Function<String, List<String>> aliases;
  /** file to content hash of what the index holds, kept in step with every write */
  private final Map<String, String> indexed;

  private TimelineWriter(Path dir, Directory directory, IndexWriter writer, Function<String, List<String>> aliases)
      throws IOException {
    this.dir = dir;
    this.directory = directory;
    this.writer = writer;
    this.aliases = aliases;
    this.indexed = indexedFiles(writer);
  }

  /**
   * Opens (creating if needed) the index in {@code dir} for writing.
   *
   * @param dir the index folder
   * @param analyzer the full-text analyzer
   * @param aliases the aliases of a canonical programme name
   * @return the writer; close it when done
   * @throws JishiException when another process is writing the same index
   */
  public static TimelineWriter open(Path dir, Analyzer analyzer, Function<String, List<String>> aliases) {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(analyzer, "analyzer");
    Objects.requireNonNull(aliases, "aliases");
    if (inspect(dir) == Folder.FOREIGN_INDEX) {
      throw notJishi(dir);
    }
    Directory directory = null;
    try {
      Files.createDirectories(dir);
      directory = wrapDirectory.apply(FSDirectory.open(dir));
      Analyzer perField = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(Fields.TEXT, analyzer));
      IndexWriterConfig config = new IndexWriterConfig(perField)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(64)
          // kept in timeline order, a date-sorted search stops after its first page
          .setIndexSort(TimelineIndex.dateSort(false))
          .setCommitOnClose(false);
      IndexWriter writer = new IndexWriter(directory, config);
      try {
        return new TimelineWriter(dir, directory, writer, aliases);
      } catch (IOException | RuntimeException e) {
        writer.rollback();
        throw e;
      }
    } catch (IllegalArgumentException e) {
      close(directory);
      throw new JishiException("index " + dir + " was written by an older jishi; delete it and index again (" + e.getMessage() + ")");
    } catch (LockObtainFailedException e) {
      close(directory);
      throw new JishiException("index " + dir + " is being written by another jishi process; try again when it is done");
    } catch (IOException e) {
      close(directory);
      throw new JishiException("cannot open index " + dir + " for writing: " + e.getMessage(), e);
    }
  }

  /** What a folder holds, seen from jishi. */
  public enum Folder {
    /** no folder, or nothing in it but hidden files and a lock */
    EMPTY,
    /** an index jishi wrote */
    JISHI,
    /** a Lucene index that jishi did not write */
    FOREIGN_INDEX,
    /** files that are no Lucene index */
    OTHER_FILES
  }

  /**
   * What {@code dir} holds: nothing, a jishi index, another program's Lucene index, or other files.
   *
   * @param dir the folder
   * @return what it holds
   */
  public static Folder inspect(Path dir) {
    if (!Files.isDirectory(dir)) {
      return Folder.EMPTY;
    }
    try (var list = Files.list(dir)) {
      boolean any = list.map(p -> p.getFileName().toString()).anyMatch(n -> !n.startsWith(".") && !n.equals("write.lock"));
      if (!any) {
        return Folder.EMPTY;
      }
    } catch (IOException e) {
      return Folder.OTHER_FILES;
    }
    try (Directory d = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(d)) {
        return Folder.OTHER_FILES;
      }
      try (DirectoryReader r = DirectoryReader.open(d)) {
        if (r.numDocs() == 0) {
          return Folder.JISHI;
        }
        for (var leaf : r.leaves()) {
          var terms = leaf.reader().terms(Fields.KIND);
          if (terms != null && terms.iterator().seekExact(new org.apache.lucene.util.BytesRef(Fields.KIND_META))) {
            return Folder.JISHI;
          }
        }
        return Folder.FOREIGN_INDEX;
      }
    } catch (IOException | RuntimeException e) {
      // an index too old or too new for this Lucene: treat as jishi's, the writer explains
      return Folder.JISHI;
    }
  }

  /**
   * The error for a Lucene index jishi did not write; it never suggests deleting it.
   *
   * @param dir the folder holding it
   * @return the error to throw
   */
  public static JishiException notJishi(Path dir) {
    return new JishiException("not a jishi index: " + dir + " holds a Lucene index another program wrote;"
        + " jishi leaves it alone (choose another --index folder)");
  }

  /**
   * Whether {@code file} was indexed with exactly this content hash.
   *
   * @param file the key a file or page is indexed under
   * @param hash its content's hash
   * @return true when the index holds that content
   */
  public boolean isCurrent(String file, String hash) {
    return hash.equals(indexed.get(identity(file)));
  }

  /**
   * The key a file is known by in the index: its canonical real path (links resolved), so
   * {@code good/a.txt}, {@code ./good/a.txt} and the absolute path are one file whatever the working
   * folder; a path that does not exist (a name for text held in memory) keeps its spelling.
   *
   * @param file a file's path as given
   * @return its key
   */
  public static String identity(String file) {
    try {
      Path p = Path.of(file);
      if (!Files.exists(p)) {
        return file;
      }
      return p.toRealPath().toString();
    } catch (IOException | java.nio.file.InvalidPathException | SecurityException e) {
      return file;
    }
  }

  private static Map<String, String> indexedFiles(IndexWriter writer) throws IOException {
    Map<String, String> out = new java.util.concurrent.ConcurrentHashMap<>();
    try (DirectoryReader r = DirectoryReader.open(writer)) {
      IndexSearcher s = new IndexSearcher(r);
      TopDocs files = s.search(new TermQuery(new Term(Fields.KIND, Fields.KIND_META)), Math.max(1, r.maxDoc()));
      for (ScoreDoc sd : files.scoreDocs) {
        Document d = s.storedFields().document(sd.doc);
        out.put(d.get(Fields.FILE), d.get(Fields.HASH));
      }
    }
    return out;
  }

  /**
   * Replaces everything {@code file} contributed with these pages and events.
   *
   * @param fileAsGiven the key a file or page is indexed under, as given
   * @param hash its content's hash
   * @param pages its pages
   * @param events their events
   */
  public void replaceFile(String fileAsGiven, String hash, List<PageRecord> pages, List<PolicyEvent> events) {
    String file = identity(fileAsGiven);
    try {
      List<Document> docs = new ArrayList<>();
      docs.add(EventDocuments.file(file, hash));
      for (PageRecord p : pages) {
        docs.add(EventDocuments.page(new PageRecord(p.source(), file, p.title(), p.published(), p.programs(), p.events(), p.url()), hash));
      }
      for (PolicyEvent e : events) {
        docs.add(EventDocuments.event(e, file, aliases));
      }
      // one atomic delete-and-add: a commit never sees the file half replaced
      writer.updateDocuments(new Term(Fields.FILE, file), docs);
      indexed.put(file, hash);
    } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
      throw failure(e);
    }
  }

  /**
   * Drops every indexed file for which {@code stillThere} says no.
   *
   * @param stillThere says whether the file of a key still exists
   * @return how many files were dropped
   */
  public int prune(Predicate<String> stillThere) {
    try (DirectoryReader r = DirectoryReader.open(writer)) {
      IndexSearcher s = new IndexSearcher(r);
      TopDocs files = s.search(new TermQuery(new Term(Fields.KIND, Fields.KIND_META)), Math.max(1, r.maxDoc()));
      int dropped = 0;
      for (ScoreDoc sd : files.scoreDocs) {
        String file = s.storedFields().document(sd.doc).get(Fields.FILE);
        if (!stillThere.test(file)) {
          writer.deleteDocuments(new Term(Fields.FILE, file));
          indexed.remove(file);
          dropped++;
        }
      }
      return dropped;
    } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
      throw failure(e);
    }
  }

  /**
   * Dates the events whose page gives a month and day but no year, from other pages of the corpus.
   *
   * <p>For an undated event naming a programme, the candidate years are those of dated events of
   * the same programme on other pages (their year stated by the text or its publish date, not
   * inferred themselves); the year that puts the month-day nearest to one of them wins. Undated
   * events of the same page without a programme then take the year their page's other events got.
   * Events dated this way carry {@link YearSource#CORPUS} and the page the year came from; ones
   * without such evidence keep only their month-day.
   *
   * @return how many events were dated
   */
  public int inferYears() {
    return inferYears(program -> false);
  }

  /**
   * As {@link #inferYears()}, except for the programmes {@code recurring} names (conferences and
   * expos held every year): another page's year of such a programme dates another edition, not
   * this one, so their month-days stay undated.
   *
   * @param recurring says whether a programme is held every year
   * @return how many events were dated
   */
  public int inferYears(java.util.function.Predicate<String> recurring) {
    Objects.requireNonNull(recurring, "recurring");
    try (DirectoryReader r = DirectoryReader.open(writer)) {
      IndexSearcher s = new IndexSearcher(r);
      BooleanQuery undatedQ = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_EVENT)), BooleanClause.Occur.FILTER)
          .add(new BooleanQuery.Builder()
              .add(new TermQuery(new Term(Fields.UNDATED, "true")), BooleanClause.Occur.SHOULD)
              .add(new TermQuery(new Term(Fields.YEAR_SOURCE, YearSource.CORPUS.name())), BooleanClause.Occur.SHOULD)
              .build(), BooleanClause.Occur.FILTER)
          .build();
      TopDocs undated = s.search(undatedQ, Math.max(1, r.maxDoc()));
      Map<String, String> fileOf = new HashMap<>();
      List<PolicyEvent> todo = new ArrayList<>();
      for (ScoreDoc sd : undated.scoreDocs) {
        Document d = s.storedFields().document(sd.doc);
        PolicyEvent e = EventDocuments.toEvent(d);
        if (e.monthDay().isPresent()) {
          todo.add(e);
          fileOf.put(e.id(), d.get(Fields.FILE));
        }
      }
      if (todo.isEmpty()) {
        return 0;
      }
      Map<String, List<PolicyEvent>> datedByProgram = new HashMap<>();
      Map<String, Year> yearOfPage = new LinkedHashMap<>();
      List<PolicyEvent> noProgram = new ArrayList<>();
      Map<PolicyEvent, Year> chosen = new LinkedHashMap<>();
      for (PolicyEvent e : todo) {
        if (e.program().isEmpty()) {
          noProgram.add(e);
          continue;
        }
        if (recurring.test(e.program().get())) {
          continue;
        }
        List<PolicyEvent> dated = datedByProgram.computeIfAbsent(e.program().get(), p -> datedEvents(s, p));
        Year best = nearestYear(e, dated);
        if (best != null) {
          chosen.put(e, best);
          yearOfPage.putIfAbsent(e.source(), best);
        }
      }
      for (PolicyEvent e : noProgram) {
        Year y = yearOfPage.get(e.source());
        if (y != null) {
          chosen.put(e, y);
        }
      }
      int dated = 0;
      for (PolicyEvent e : todo) {
        Year y = chosen.get(e);
        PolicyEvent updated = y == null ? undate(e) : e.withInferredYear(y.year, y.from);
        if (!updated.equals(e)) {
          writer.updateDocuments(new Term(Fields.ID, e.id()), List.of(EventDocuments.event(updated, fileOf.get(e.id()), aliases)));
        }
        if (y != null) {
          dated++;
        }
      }
      return dated;
    } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
      throw failure(e);
    }
  }

  private record Year(int year, String from) {}

  private static Year nearestYear(PolicyEvent e, List<PolicyEvent> dated) {
    MonthDay md = e.monthDay().orElseThrow();
    Year best = null;
    long bestDistance = Long.MAX_VALUE;
    for (PolicyEvent d : dated) {
      if (d.source().equals(e.source()) || d.date().isEmpty()) {
        continue;
      }
      LocalDate ds = d.date().get();
      LocalDate de = d.dateEnd().orElseThrow();
      for (int year = ds.getYear(); year <= de.getYear(); year++) {
        if (!md.isValidYear(year)) {
          continue;
        }
        LocalDate candidate = md.atYear(year);
        long distance = candidate.isBefore(ds) ? ds.toEpochDay() - candidate.toEpochDay()
            : candidate.isAfter(de) ? candidate.toEpochDay() - de.toEpochDay() : 0;
        if (distance < bestDistance) {
          bestDistance = distance;
          best = new Year(year, d.source());
        }
      }
    }
    return best;
  }

  private static PolicyEvent undate(PolicyEvent e) {
    if (e.yearSource() != YearSource.CORPUS) {
      return e;
    }
    return new PolicyEvent(e.id(), java.util.Optional.empty(), java.util.Optional.empty(), e.precision(), e.monthDay(),
        YearSource.NONE, "", e.cities(), e.places(), e.program(), e.programs(), e.action(), e.orgs(), e.evidence(),
        e.evidenceStart(), e.evidenceEnd(), e.source(), e.sources(), e.title(), e.published());
  }

  private static List<PolicyEvent> datedEvents(IndexSearcher s, String program) {
    try {
      BooleanQuery q = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_EVENT)), BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(Fields.PROGRAM, program)), BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(Fields.UNDATED, "true")), BooleanClause.Occur.MUST_NOT)
          .add(new TermQuery(new Term(Fields.YEAR_SOURCE, YearSource.CORPUS.name())), BooleanClause.Occur.MUST_NOT)
          .build();
      TopDocs top = s.search(q, Math.max(1, s.getIndexReader().maxDoc()));
      List<PolicyEvent> out = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        PolicyEvent e = EventDocuments.toEvent(s.storedFields().document(sd.doc));
        // a year-long or longer span says little about which year a given day fell in
        if (e.precision().compareTo(Precision.YEAR) <= 0) {
          out.add(e);
        }
      }
      return out;
    } catch (IOException e) {
      throw new JishiException("cannot read index: " + e.getMessage(), e);
    }
  }

  /** Makes everything written so far visible and durable, atomically. */
  public void commit() {
    try {
      writer.commit();
    } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
      throw failure(e);
    }
  }

  /** Closes without committing what was written since the last {@link #commit()}. */
  @Override
  public void close() throws IOException {
    try {
      writer.rollback();
    } finally {
      directory.close();
    }
  }

  private JishiException failure(Exception e) {
    Throwable cause = e;
    if (e instanceof org.apache.lucene.store.AlreadyClosedException && writer.getTragicException() != null) {
      cause = writer.getTragicException();
    }
    if (noSpace(cause)) {
      return new JishiException("no space left on device while writing index " + dir
          + "; the index keeps its last commit (re-run when there is room: unchanged files are skipped)", e);
    }
    return new JishiException("cannot write index " + dir + ": " + cause.getMessage(), e);
  }

  private static boolean noSpace(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      String m = c.getMessage();
      if (m != null && (m.contains("No space left on device") || m.contains("There is not enough space on the disk"))) {
        return true;
      }
    }
    return false;
  }

  private static void close(Directory d) {
    if (d != null) {
      try {
        d.close();
      } catch (IOException ignored) {
        // already failing with a better message
      }
    }
  }
}
