import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The directories the tool writes its own files to (the audit log, `debug.log`, credential caches, the shared write
/// budget): created owner-only, and used only when they are real directories of this user that no one else may
/// write to, so a planted symbolic link or a shared directory cannot redirect or alter what is written.
package enum PrivateDirectory {
    /// A directory that is not safe to write to, with what to do about it; never holds file content.
    package struct Unsafe: Error, Sendable, Hashable, CustomStringConvertible {
        /// The directory.
        package var path: String
        /// What is wrong (`is a symbolic link`).
        package var problem: String
        /// What to do.
        package var fix: String

        package var description: String { "Refusing the directory \(path): it \(problem). \(fix)" }
    }

    /// Creates `url` and its missing parents (mode 0700) and checks that it is a real directory, owned by this user,
    /// that group and others cannot write to.
    ///
    /// - Throws: ``Unsafe`` naming the directory, the problem and the fix.
    package static func prepare(_ url: URL) throws(Unsafe) {
        let path = url.standardizedFileURL.path
        var missing: [String] = []
        var current = path
        var status = stat()
        while lstat(current, &status) != 0, errno == ENOENT, current != "/" {
            missing.append(current)
            current = (current as NSString).deletingLastPathComponent
        }
        for directory in missing.reversed() where mkdir(directory, 0o700) != 0 && errno != EEXIST {
            throw Unsafe(
                path: directory, problem: "cannot be created (\(String(cString: strerror(errno))))",
                fix: "Create it with mode 0700, or point XDG_STATE_HOME elsewhere.")
        }
        try check(path)
    }

    /// Checks an existing directory without creating anything.
    ///
    /// - Throws: ``Unsafe``.
    package static func check(_ path: String) throws(Unsafe) {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            throw Unsafe(
                path: path, problem: "cannot be read (\(String(cString: strerror(errno))))",
                fix: "Create it with mode 0700.")
        }
        let kind = Int(status.st_mode) & Int(S_IFMT)
        if kind == Int(S_IFLNK) {
            throw Unsafe(
                path: path, problem: "is a symbolic link",
                fix: "Replace it with a real directory: rm '\(path)' && mkdir -m 700 '\(path)'.")
        }
        guard kind == Int(S_IFDIR) else {
            throw Unsafe(path: path, problem: "is not a directory", fix: "Move it away so a directory can be made.")
        }
        guard status.st_uid == geteuid() else {
            throw Unsafe(
                path: path, problem: "belongs to another user (uid \(status.st_uid))",
                fix: "Use a directory of your own (set XDG_STATE_HOME), or chown it to yourself.")
        }
        guard status.st_mode & 0o022 == 0 else {
            throw Unsafe(
                path: path,
                problem: "can be written by group or others (mode \(String(status.st_mode & 0o777, radix: 8)))",
                fix: "Run: chmod 700 '\(path)'.")
        }
    }

    /// Opens a file in a checked directory without following a symbolic link (`O_NOFOLLOW`, `O_CLOEXEC`), creating
    /// it with `mode` when `flags` has `O_CREAT`, and refusing anything but a regular file.
    ///
    /// - Returns: the descriptor, or `-1` with `errno` set (`ELOOP` for a link, `EINVAL` for a non-regular file).
    package static func openFile(_ path: String, flags: Int32, mode: mode_t = 0o600) -> Int32 {
        let descriptor = open(path, flags | O_NOFOLLOW | O_CLOEXEC, mode)
        guard descriptor >= 0 else { return -1 }
        var status = stat()
        guard fstat(descriptor, &status) == 0, Int(status.st_mode) & Int(S_IFMT) == Int(S_IFREG) else {
            close(descriptor)
            errno = EINVAL
            return -1
        }
        return descriptor
    }
}
