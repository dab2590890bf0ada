package io.raqib.alert.webhook;

import static io.raqib.alert.webhook.WebhookFixtures.alert;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.raqib.schemas.AlertStatus;
import io.raqib.schemas.Severity;

class WebhookFilterTest {

    @Test
    void noFilterLetsEverythingThrough() {
        assertTrue(AlertFilter.EVERYTHING.accepts(alert("a", "prison_break", null, Severity.LOW, AlertStatus.OPEN)));
        assertTrue(AlertFilter.EVERYTHING.accepts(alert("a", "infiltration", "Deir ez-Zor", Severity.CRITICAL,
                AlertStatus.RESOLVED)));
    }

    @Test
    void topicsAreTopicIds() {
        AlertFilter prisons = new AlertFilter(Set.of("prison_break"), Set.of(), Severity.LOW, Set.of());
        assertTrue(prisons.accepts(alert("a", "prison_break", "Ghwayran prison", Severity.LOW, AlertStatus.OPEN)));
        assertFalse(prisons.accepts(alert("a", "infiltration", "Ghwayran prison", Severity.LOW, AlertStatus.OPEN)));
    }

    @Test
    void aPlaceFilterPassesOnlyAlertsAtThosePlaces() {
        AlertFilter ghwayran = new AlertFilter(Set.of(), Set.of("Ghwayran prison"), Severity.LOW, Set.of());
        assertTrue(ghwayran.accepts(alert("a", "prison_break", "Ghwayran prison", Severity.LOW, AlertStatus.OPEN)));
        assertFalse(ghwayran.accepts(alert("a", "prison_break", "Raqqa", Severity.LOW, AlertStatus.OPEN)));
        assertFalse(ghwayran.accepts(alert("a", "prison_break", null, Severity.LOW, AlertStatus.OPEN)),
                "an alert on the whole topic has no place");
    }

    @Test
    void minimumSeverityIsInclusive() {
        AlertFilter high = new AlertFilter(Set.of(), Set.of(), Severity.HIGH, Set.of());
        assertFalse(high.accepts(alert("a", "prison_break", null, Severity.MEDIUM, AlertStatus.OPEN)));
        assertTrue(high.accepts(alert("a", "prison_break", null, Severity.HIGH, AlertStatus.OPEN)));
        assertTrue(high.accepts(alert("a", "prison_break", null, Severity.CRITICAL, AlertStatus.RESOLVED)));
    }

    @Test
    void statusesChooseTheEvents() {
        AlertFilter openings = new AlertFilter(Set.of(), Set.of(), Severity.LOW, Set.of(AlertStatus.OPEN));
        assertTrue(openings.accepts(alert("a", "prison_break", null, Severity.LOW, AlertStatus.OPEN)));
        assertFalse(openings.accepts(alert("a", "prison_break", null, Severity.LOW, AlertStatus.ACKNOWLEDGED)));
    }

    @Test
    void everyConditionMustHold() {
        AlertFilter all = new AlertFilter(Set.of("prison_break"), Set.of("Ghwayran prison"), Severity.MEDIUM,
                Set.of(AlertStatus.OPEN, AlertStatus.UPDATED));
        assertTrue(all.accepts(alert("a", "prison_break", "Ghwayran prison", Severity.MEDIUM, AlertStatus.UPDATED)));
        assertFalse(all.accepts(alert("a", "prison_break", "Ghwayran prison", Severity.LOW, AlertStatus.UPDATED)));
    }
}
