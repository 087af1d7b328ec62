package io.github.jishi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API is what an embedder uses, and nothing else: a class public only because another
 * package of jishi calls it belongs in {@code io.github.jishi.internal.FEATURE}.
 */
class ApiSurfaceTest {
  private static final String INTERNAL = "io.github.jishi.internal.";

  /** Every public top-level type outside {@code io.github.jishi.internal}; a new one is a decision. */
  private static final Set<String> API = Set.of(
      "io.github.jishi.IndexAbortedException",
      "io.github.jishi.IndexListener",
      "io.github.jishi.IndexReport",
      "io.github.jishi.IndexSettings",
      "io.github.jishi.Jishi",
      "io.github.jishi.JishiException",
      "io.github.jishi.cli.Main",
      "io.github.jishi.entity.Mention",
      "io.github.jishi.entity.MentionType",
      "io.github.jishi.event.EventPlace",
      "io.github.jishi.event.PageAnalysis",
      "io.github.jishi.event.PolicyEvent",
      "io.github.jishi.index.CitySummary",
      "io.github.jishi.index.EventQuery",
      "io.github.jishi.index.JishiAnalyzer",
      "io.github.jishi.index.JishiCharFilterFactory",
      "io.github.jishi.index.JishiTokenizerFactory",
      "io.github.jishi.index.PageRecord",
      "io.github.jishi.index.PlaceMatch",
      "io.github.jishi.index.ProgramSummary",
      "io.github.jishi.index.QueryResolver",
      "io.github.jishi.index.SearchPage",
      "io.github.jishi.index.TimelineIndex",
      "io.github.jishi.nlp.Segmenter",
      "io.github.jishi.nlp.Token",
      "io.github.jishi.source.Dateline",
      "io.github.jishi.source.DocumentFormat",
      "io.github.jishi.source.DocumentReader",
      "io.github.jishi.source.NoticeFooter",
      "io.github.jishi.source.PageFacts",
      "io.github.jishi.source.ReaderOptions",
      "io.github.jishi.source.RemovedBlock",
      "io.github.jishi.source.SourceDocument",
      "io.github.jishi.text.NormalizedText",
      "io.github.jishi.time.DateSpan",
      "io.github.jishi.time.Precision",
      "io.github.jishi.time.TimeExpression",
      "io.github.jishi.time.YearSource");

  @Test
  void publicTypes_outsideInternal_areTheApi() throws Exception {
    Set<String> found = new TreeSet<>();
    for (Class<?> c : topLevelClasses()) {
      if (Modifier.isPublic(c.getModifiers()) && !c.getName().startsWith(INTERNAL)) {
        found.add(c.getName());
      }
    }
    assertEquals(new TreeSet<>(API), found);
  }

  @Test
  void apiSignatures_nameNoInternalType() throws Exception {
    List<String> leaks = new ArrayList<>();
    for (String name : API) {
      check(Class.forName(name), leaks);
    }
    assertEquals(List.of(), leaks);
  }

  private static void check(Class<?> c, List<String> leaks) {
    List<Type> types = new ArrayList<>();
    if (c.getGenericSuperclass() != null) {
      types.add(c.getGenericSuperclass());
    }
    types.addAll(List.of(c.getGenericInterfaces()));
    note(c.getName(), types, leaks);
    List<Executable> members = new ArrayList<>(List.of(c.getDeclaredConstructors()));
    members.addAll(List.of(c.getDeclaredMethods()));
    for (Executable m : members) {
      if (visible(m.getModifiers()) && !m.isSynthetic()) {
        List<Type> signature = new ArrayList<>(List.of(m.getGenericParameterTypes()));
        signature.addAll(List.of(m.getGenericExceptionTypes()));
        if (m instanceof java.lang.reflect.Method method) {
          signature.add(method.getGenericReturnType());
        }
        note(c.getName() + "." + m.getName(), signature, leaks);
      }
    }
    for (Field f : c.getDeclaredFields()) {
      if (visible(f.getModifiers()) && !f.isSynthetic()) {
        note(c.getName() + "." + f.getName(), List.of(f.getGenericType()), leaks);
      }
    }
    for (Class<?> nested : c.getDeclaredClasses()) {
      if (visible(nested.getModifiers())) {
        check(nested, leaks);
      }
    }
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static void note(String where, List<Type> types, List<String> leaks) {
    for (Type t : types) {
      for (Class<?> c : classesIn(t, new ArrayList<>())) {
        if (c.getName().startsWith(INTERNAL) || !Modifier.isPublic(c.getModifiers()) && c.getName().startsWith("io.github.jishi.")) {
          leaks.add(where + " names " + c.getName());
        }
      }
    }
  }

  private static List<Class<?>> classesIn(Type t, List<Class<?>> out) {
    if (t instanceof Class<?> c) {
      out.add(c.isArray() ? c.getComponentType() : c);
    } else if (t instanceof ParameterizedType p) {
      classesIn(p.getRawType(), out);
      for (Type a : p.getActualTypeArguments()) {
        classesIn(a, out);
      }
    } else if (t instanceof WildcardType w) {
      Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds())).forEach(b -> classesIn(b, out));
    } else if (t instanceof GenericArrayType g) {
      classesIn(g.getGenericComponentType(), out);
    } else if (t instanceof TypeVariable<?> v) {
      for (Type b : v.getBounds()) {
        classesIn(b, out);
      }
    }
    return out;
  }

  private static List<Class<?>> topLevelClasses() throws IOException, URISyntaxException, ClassNotFoundException {
    Path root = Path.of(Jishi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root.resolve("io/github/jishi"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name = root.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".");
        name = name.substring(0, name.length() - ".class".length());
        if (!name.contains("$") && !name.endsWith("package-info")) {
          classes.add(Class.forName(name, false, ApiSurfaceTest.class.getClassLoader()));
        }
      }
    }
    return classes;
  }
}
