package org.kcity.deploy.testing;

import static io.restassured.RestAssured.given;

/** What a service under test reports at {@code /q/metrics} (Prometheus text), read the way a scraper reads it. */
public final class ServiceMetrics {

    private ServiceMetrics() {
    }

    /** The value of the untagged counter or gauge {@code name}, e.g. {@code kcity_inbox_consumer_rebuilds_total}. */
    public static double value(String name) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " in /q/metrics"));
    }
}
