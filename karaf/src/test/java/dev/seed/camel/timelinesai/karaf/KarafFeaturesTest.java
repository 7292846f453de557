package dev.seed.camel.timelinesai.karaf;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

import javax.xml.parsers.DocumentBuilderFactory;

import dev.seed.camel.timelinesai.TimelinesAiComponent;
import dev.seed.camel.timelinesai.partner.TimelinesAiPartnerComponent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without a Karaf container here (camel-karaf's 4.18 features are not served by this build's repository), this
 * checks what a container would: the features.xml installs our bundles over camel-karaf's features; each bundle has
 * an OSGi manifest that exports only the packages meant for users, carries the service files Camel's OSGi activator
 * looks up, and imports nothing that neither the JRE, the other bundle nor the features it depends on provide.
 */
class KarafFeaturesTest {
    private static final String VERSION = "0.1.0-SNAPSHOT";
    /** Package prefixes provided by the camel-karaf features we depend on (camel-core, camel-http, camel-jackson,
     *  camel-platform-http bring Camel, HttpClient 5 and Jackson; Karaf's pax-logging brings SLF4J) and by the
     *  bundles of the partner feature (wrapped java-jwt, zxing core). */
    private static final List<String> PROVIDED_BY_FEATURES = List.of("org.apache.camel", "org.apache.hc.",
            "com.fasterxml.jackson.", "org.slf4j", "com.auth0.jwt", "com.google.zxing");
    /** The packages of the JRE, which Karaf's system bundle exports. */
    private static final Set<String> JRE = ModuleLayer.boot().modules().stream()
            .flatMap(m -> m.getPackages().stream()).collect(java.util.stream.Collectors.toSet());

    private static Document features;
    private static Manifest core;
    private static Manifest partner;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = KarafFeaturesTest.class.getResourceAsStream("/features.xml")) {
            assertThat(in).as("features.xml").isNotNull();
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            features = factory.newDocumentBuilder().parse(in);
        }
        core = BundleManifests.manifest(TimelinesAiComponent.class);
        partner = BundleManifests.manifest(TimelinesAiPartnerComponent.class);
    }

    @Test
    void featuresInstallOurBundlesOverCamelKaraf() {
        Element root = features.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://karaf.apache.org/xmlns/features/v1.6.0");
        assertThat(texts(root, "repository")).containsExactly("mvn:org.apache.camel.karaf/apache-camel/4.18.0/xml/features");

        Element timelinesai = feature("camel-timelinesai");
        assertThat(texts(timelinesai, "feature")).contains("camel-core", "camel-http", "camel-jackson",
                "camel-platform-http");
        assertThat(texts(timelinesai, "bundle")).containsExactly("mvn:dev.seed.camel/camel-timelinesai/" + VERSION);

        Element partnerFeature = feature("camel-timelinesai-partner");
        assertThat(texts(partnerFeature, "feature")).containsExactly("camel-timelinesai");
        assertThat(texts(partnerFeature, "bundle")).hasSize(3)
                .anyMatch(b -> b.startsWith("wrap:mvn:com.auth0/java-jwt/4.6.2$"))
                .contains("mvn:com.google.zxing/core/3.5.3")
                .contains("mvn:dev.seed.camel/camel-timelinesai-partner/" + VERSION);
    }

    @Test
    void bundlesAreNamedAndVersioned() {
        assertThat(core.getMainAttributes().getValue("Bundle-ManifestVersion")).isEqualTo("2");
        assertThat(core.getMainAttributes().getValue("Bundle-SymbolicName")).isEqualTo("dev.seed.camel.camel-timelinesai");
        assertThat(partner.getMainAttributes().getValue("Bundle-SymbolicName"))
                .isEqualTo("dev.seed.camel.camel-timelinesai-partner");
        assertThat(core.getMainAttributes().getValue("Bundle-Version")).startsWith("0.1.0.");
    }

    @Test
    void onlyApiAndModelPackagesAreExported() {
        Map<String, String> coreExports = BundleManifests.clauses(attribute(core, "Export-Package"));
        assertThat(coreExports.keySet()).containsExactlyInAnyOrder("dev.seed.camel.timelinesai",
                "dev.seed.camel.timelinesai.api", "dev.seed.camel.timelinesai.model",
                "dev.seed.camel.timelinesai.model.waba", "dev.seed.camel.timelinesai.event",
                "dev.seed.camel.timelinesai.event.waba", "dev.seed.camel.timelinesai.consumer",
                "dev.seed.camel.timelinesai.limit", "dev.seed.camel.timelinesai.internal.json",
                "dev.seed.camel.timelinesai.internal.transport", "dev.seed.camel.timelinesai.health");
        // the shared internals are visible to the partner bundle only
        assertThat(coreExports.get("dev.seed.camel.timelinesai.internal.json"))
                .contains("x-friends:=\"dev.seed.camel.camel-timelinesai-partner\"");
        assertThat(coreExports.get("dev.seed.camel.timelinesai.internal.transport"))
                .contains("x-friends:=\"dev.seed.camel.camel-timelinesai-partner\"");
        assertThat(coreExports.get("dev.seed.camel.timelinesai.health"))
                .contains("x-friends:=\"dev.seed.camel.camel-timelinesai-partner\"");
        assertThat(coreExports).doesNotContainKey("dev.seed.camel.timelinesai.operation");
        coreExports.values().forEach(v -> assertThat(v).contains("version=\"0.1.0\""));

        Map<String, String> partnerExports = BundleManifests.clauses(attribute(partner, "Export-Package"));
        assertThat(partnerExports.keySet()).containsExactlyInAnyOrder("dev.seed.camel.timelinesai.partner",
                "dev.seed.camel.timelinesai.partner.api", "dev.seed.camel.timelinesai.partner.model",
                "dev.seed.camel.timelinesai.partner.event");
    }

    @Test
    void camelsOsgiActivatorFindsTheServiceFiles() throws Exception {
        for (String entry : List.of("META-INF/services/org/apache/camel/component/timelinesai",
                "META-INF/services/org/apache/camel/configurer/timelinesai-component",
                "META-INF/services/org/apache/camel/configurer/timelinesai-endpoint",
                "META-INF/services/org/apache/camel/urifactory/timelinesai-endpoint")) {
            assertThat(BundleManifests.contains(TimelinesAiComponent.class, entry)).as(entry).isTrue();
        }
        for (String entry : List.of("META-INF/services/org/apache/camel/component/timelinesai-partner",
                "META-INF/services/org/apache/camel/configurer/timelinesai-partner-component",
                "META-INF/services/org/apache/camel/configurer/timelinesai-partner-endpoint",
                "META-INF/services/org/apache/camel/urifactory/timelinesai-partner-endpoint")) {
            assertThat(BundleManifests.contains(TimelinesAiPartnerComponent.class, entry)).as(entry).isTrue();
        }
        // the activator only serves bundles that can see org.apache.camel
        assertThat(BundleManifests.clauses(attribute(core, "Import-Package"))).containsKey("org.apache.camel");
        assertThat(BundleManifests.clauses(attribute(partner, "Import-Package"))).containsKey("org.apache.camel");
    }

    @Test
    void everyImportIsProvided() {
        Set<String> ours = new TreeSet<>(BundleManifests.clauses(attribute(core, "Export-Package")).keySet());
        ours.addAll(BundleManifests.clauses(attribute(partner, "Export-Package")).keySet());
        List<String> unresolved = new ArrayList<>();
        for (Manifest bundle : List.of(core, partner)) {
            for (Map.Entry<String, String> imp : BundleManifests.clauses(attribute(bundle, "Import-Package")).entrySet()) {
                String pkg = imp.getKey();
                boolean provided = JRE.contains(pkg) || ours.contains(pkg)
                        || PROVIDED_BY_FEATURES.stream().anyMatch(pkg::startsWith)
                        || imp.getValue().contains("resolution:=optional");
                if (!provided) {
                    unresolved.add(pkg);
                }
            }
        }
        assertThat(unresolved).isEmpty();
        assertThat(BundleManifests.clauses(attribute(core, "Import-Package")).get("org.apache.camel"))
                .contains("version=\"[4.18,5)\"");
    }

    private static String attribute(Manifest manifest, String name) {
        String value = manifest.getMainAttributes().getValue(new Attributes.Name(name));
        assertThat(value).as(name).isNotBlank();
        return value;
    }

    private static Element feature(String name) {
        NodeList list = features.getDocumentElement().getElementsByTagNameNS("*", "feature");
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            if (e.getParentNode() == features.getDocumentElement() && name.equals(e.getAttribute("name"))) {
                return e;
            }
        }
        throw new AssertionError("no feature " + name);
    }

    private static List<String> texts(Element parent, String tag) {
        List<String> result = new ArrayList<>();
        NodeList list = parent.getChildNodes();
        for (int i = 0; i < list.getLength(); i++) {
            if (list.item(i) instanceof Element e && tag.equals(e.getLocalName())) {
                result.add(e.getTextContent().trim());
            }
        }
        return result;
    }
}
