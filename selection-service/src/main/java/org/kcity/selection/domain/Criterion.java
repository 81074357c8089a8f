package org.kcity.selection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An evaluation criterion of a call; the weights of a call's criteria sum to 100. */
@Embeddable
public class Criterion {

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int weight;

    protected Criterion() {
    }

    public Criterion(String code, String name, int weight) {
        this.code = code;
        this.name = name;
        this.weight = weight;
    }
}
