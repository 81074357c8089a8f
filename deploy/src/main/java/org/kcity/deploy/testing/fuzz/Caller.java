package org.kcity.deploy.testing.fuzz;

/** Who sends a request: a role and its bearer token, or nobody ({@code token} null). */
record Caller(String role, String token) {

    static final Caller ANONYMOUS = new Caller("anonymous", null);

    @Override
    public String toString() {
        return role;
    }
}
