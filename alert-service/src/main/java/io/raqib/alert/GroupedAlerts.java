package io.raqib.alert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.raqib.schemas.Alert;

/**
 * Alerts listed as incidents, for {@code GET /api/alerts?grouped=true}: a place alert whose topic alert is in the
 * list is shown nested under it ({@code places}), not on its own. The link is the place alert's {@code parentId},
 * which {@link Incidents} sets. The order of the list is kept, for the incidents and within each.
 */
final class GroupedAlerts {

    private GroupedAlerts() {
    }

    static List<AlertView> of(List<Alert> alerts) {
        Set<String> listed = alerts.stream().map(Alert::getId).collect(Collectors.toSet());
        Map<String, List<AlertView>> placesOf = new LinkedHashMap<>();
        for (Alert alert : alerts) {
            if (nested(alert, listed)) {
                placesOf.computeIfAbsent(alert.getParentId(), id -> new ArrayList<>()).add(AlertView.of(alert));
            }
        }
        return alerts.stream().filter(alert -> !nested(alert, listed))
                .map(alert -> AlertView.of(alert).withPlaces(placesOf.getOrDefault(alert.getId(), List.of())))
                .toList();
    }

    private static boolean nested(Alert alert, Set<String> listed) {
        return alert.getParentId() != null && listed.contains(alert.getParentId());
    }
}
