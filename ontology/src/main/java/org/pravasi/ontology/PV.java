package org.pravasi.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Constants for the Pravasi vocabulary ({@code pv:}, {@value #NS}), one per term of docs/data-model.md. */
public final class PV {
    /** The namespace of the vocabulary. */
    public static final String NS = PravasiUris.BASE + "def#";
    /** The ontology resource itself. */
    public static final Resource ONTOLOGY = ResourceFactory.createResource(PravasiUris.BASE + "def");

    public static final Resource Organisation = resource("Organisation");
    public static final Resource District = resource("District");
    public static final Resource State = resource("State");
    public static final Resource Period = resource("Period");
    public static final Resource Story = resource("Story");
    public static final Resource PublishActivity = resource("PublishActivity");

    public static final Property serviceType = property("serviceType");
    public static final Property violationType = property("violationType");
    public static final Property sector = property("sector");
    public static final Property gender = property("gender");
    public static final Property ageBand = property("ageBand");
    public static final Property migrationStream = property("migrationStream");
    public static final Property resolutionChannel = property("resolutionChannel");
    public static final Property caseOutcome = property("caseOutcome");
    public static final Property originArea = property("originArea");
    public static final Property destinationArea = property("destinationArea");

    public static final Property families = property("families");
    public static final Property individuals = property("individuals");
    public static final Property cases = property("cases");
    public static final Property calls = property("calls");
    public static final Property registrations = property("registrations");

    public static final Property lgdCode = property("lgdCode");
    public static final Property census2011Code = property("census2011Code");
    public static final Property state = property("state");
    public static final Property district = property("district");
    public static final Property mapsTo2011 = property("mapsTo2011");
    public static final Property periodStart = property("periodStart");
    public static final Property periodEnd = property("periodEnd");
    public static final Property granularity = property("granularity");
    public static final Property illustrative = property("illustrative");
    /**
     * On a code list, or on a dimension's component in a version's structure: its categories overlap, never add them.
     */
    public static final Property categoriesOverlap = property("categoriesOverlap");

    public static final Property countsToDate = property("countsToDate");

    public static final Property withdrawn = property("withdrawn");
    public static final Property observations = property("observations");
    public static final Property suppressedCells = property("suppressedCells");
    public static final Property addedCode = property("addedCode");
    public static final Property removedCode = property("removedCode");
    public static final Property suppressionThreshold = property("suppressionThreshold");
    /** Deprecated: the raw upload's hash, no longer published (it let guesses of withheld cells be tested). */
    public static final Property sourceSha256 = property("sourceSha256");

    public static final Property tableSha256 = property("tableSha256");
    public static final Property rule = property("rule");
    public static final Property centre = property("centre");
    public static final Property sourceNode = property("sourceNode");

    private PV() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }
}
