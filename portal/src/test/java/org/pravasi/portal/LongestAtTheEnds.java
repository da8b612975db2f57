package org.pravasi.portal;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The order in which failsafe's two threads start the ITs (portal/pom.xml runs two classes at a time). JUnit forks the
 * classes in this order and its two threads take them from opposite ends: one steals from the front, the other joins
 * from the back. So the longest classes stand at the two ends and the shortest in the middle, where the threads meet
 * and the one that is ahead takes the rest; a class not named here goes in the middle. Seconds are those of the CI run
 * of 2026-12-05 (failsafe-reports); reorder when they change much.
 */
public final class LongestAtTheEnds implements ClassOrderer {
    /** Taken first by one thread, in this order: 149, 52, 47, 25 and 7 s. */
    static final List<String> FRONT =
            List.of("EveryPageIT", "PublishJourneyIT", "BrowserTourIT", "MapBrowserIT", "ScriptLanguagesIT");
    /** Taken first by the other thread, from the end of this list: 70, 52, 49, 41, 41 and 13 s. */
    static final List<String> BACK = List.of(
            "SparqlEditorIT",
            "PortalJarIT",
            "ExplorerJourneyIT",
            "WorkspaceBrowserIT",
            "LoadBalancedPortalsIT",
            "FederationIT");

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors()
                .sort(Comparator.comparingInt(d -> rank(d.getTestClass().getSimpleName())));
    }

    /** Front classes first, then those not named, then the back classes. */
    static int rank(String simpleName) {
        int front = FRONT.indexOf(simpleName);
        if (front >= 0) {
            return front;
        }
        int back = BACK.indexOf(simpleName);
        return back >= 0 ? FRONT.size() + 1 + back : FRONT.size();
    }
}
