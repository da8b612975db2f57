package org.pravasi.portal.pages;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gg.jte.output.StringOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The portal's HTML comes from precompiled, auto-escaping templates")
class TemplatesTest {
    /** A Java string literal that opens or closes an HTML element: markup built outside the templates. */
    private static final Pattern MARKUP_LITERAL = Pattern.compile("\"[^\"\\n]*</?[a-z][a-z0-9]*(>|/>|\\s+[a-z-]+=)");

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "org.pravasi.portal.pages.JtelayoutGenerated",
                "org.pravasi.portal.pages.JtedatasetGenerated",
                "org.pravasi.portal.map.JtemainGenerated",
                "org.pravasi.portal.map.JteembedGenerated",
                "org.pravasi.portal.federation.JtepeersGenerated"
            })
    @DisplayName("templates are Java classes compiled by the build")
    void templatesAreCompiledClasses(String name) {
        assertDoesNotThrow(() -> Class.forName(name), name);
    }

    @Test
    @DisplayName("no template compiler is on the portal's class path: nothing is compiled at run time")
    void noCompilerAtRunTime() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("gg.jte.compiler.TemplateCompiler"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pages", "map", "federation"})
    @DisplayName("no Java class of a rendering package writes markup itself")
    void noMarkupInJava(String pkg) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/pravasi/portal", pkg))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String code = lines.get(i).strip();
                    if (!code.startsWith("*")
                            && !code.startsWith("/*")
                            && !code.startsWith("//")
                            && MARKUP_LITERAL.matcher(code).find()) {
                        found.add(f.getFileName() + ":" + (i + 1) + ": " + code);
                    }
                }
            }
        }
        assertEquals(List.of(), found, "markup belongs in src/main/jte, where jte escapes it");
    }

    @Test
    @DisplayName("an interface text is escaped around the markup put into its placeholders")
    void messageEscapesTextKeepsMarkup() {
        StringOutput out = new StringOutput();
        Templates.message("<b>{0}</b> & {1}", o -> o.writeContent("<code>x</code>"), o -> o.writeContent("<i>y</i>"))
                .writeTo(out);
        assertEquals("&lt;b&gt;<code>x</code>&lt;/b&gt; &amp; <i>y</i>", out.toString());
    }
}
