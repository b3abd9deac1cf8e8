package dev.headroom.app;

/**
 * A growth multiplier the model cannot be solved at, said in words for the user: a closed
 * workload beyond {@link dev.headroom.model.Limits#MAX_CLOSED_POPULATION} concurrent users.
 * Front ends show the message as a problem with their input, never as an internal error.
 */
public final class OutOfRange extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OutOfRange(String message) {
        super(message);
    }
}
