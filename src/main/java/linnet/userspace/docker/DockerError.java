package linnet.userspace.docker;

/** An error the Engine API answers with: its HTTP status decides the CLI's wording and exit code. */
final class DockerError extends Exception {
    final int status;

    DockerError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static DockerError noSuchContainer(String ref) { return new DockerError(404, "No such container: " + ref); }

    static DockerError noSuchNetwork(String ref) { return new DockerError(404, "network " + ref + " not found"); }
}
