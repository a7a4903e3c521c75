package cn.gongkai.local;

/** A test's running parts (services, broker, databases), stopped in the order given. */
final class Parts {

    private Parts() {
    }

    /** Stops each part, even when one before it failed to; parts never started are passed over. */
    static void stop(AutoCloseable... parts) {
        for (AutoCloseable part : parts) {
            try {
                if (part != null) {
                    part.close();
                }
            } catch (Exception ignored) {
                // the next part still has to stop
            }
        }
    }
}
