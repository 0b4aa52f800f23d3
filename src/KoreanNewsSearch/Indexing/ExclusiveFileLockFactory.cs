using System.Diagnostics;
using System.Globalization;
using System.Text;
using Lucene.Net.Store;
using LuceneLock = Lucene.Net.Store.Lock;

namespace KoreanNewsSearch.Indexing;

/// <summary>
/// The index's write lock: an exclusive operating-system lock on <c>write.lock</c>, so that a second writer process is
/// refused while the first runs, and freed by the kernel when the holder dies (a killed ingest never blocks the next).
/// </summary>
/// <remarks>
/// Lucene.Net's <see cref="NativeFSLockFactory"/> opens the lock file with a sharing mode that .NET maps to a shared
/// <c>flock</c> on Linux, which a second process obtains as well: two ingests then wrote one index and lost articles.
/// <see cref="FileShare.None"/> maps to an exclusive <c>flock</c> there and to a deny-share open on Windows.
/// Who holds the lock is written to <see cref="HolderFileName"/> beside it, because the locked file itself cannot be
/// opened by anyone else; it is only a description, the lock is the operating system's.
/// </remarks>
internal sealed class ExclusiveFileLockFactory(string folder) : LockFactory
{
    /// <summary>
    /// The file describing the current holder: process id, host, command line, start time. A clean close deletes it, so
    /// one found by the next writer was left by a holder that died (the kernel released its lock).
    /// </summary>
    public const string HolderFileName = "write.lock.holder";

    /// <summary>The holder that ended without closing the index, found when this factory's lock was obtained; else null.</summary>
    public string? DeadHolder { get; private set; }

    // The lock prefix Lucene sets is for lock folders shared by several indexes; this factory serves one index folder.
    public override LuceneLock MakeLock(string lockName) => new ExclusiveFileLock(this, folder, lockName);

    public override void ClearLock(string lockName)
    {
        // Nothing to clear: an operating-system lock disappears with its holder, and a lock file left behind is not a lock.
    }

    /// <summary>Reads the description of whoever holds (or last held) the lock of the index in <paramref name="folder"/>.</summary>
    public static string? DescribeHolder(string folder)
    {
        try
        {
            var text = File.ReadAllText(Path.Combine(folder, HolderFileName)).Trim();
            return text.Length == 0 ? null : text;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private sealed class ExclusiveFileLock(ExclusiveFileLockFactory factory, string folder, string lockName) : LuceneLock
    {
        private readonly string _path = Path.Combine(folder, lockName);
        private FileStream? _held;

        public override bool Obtain()
        {
            if (_held is not null)
            {
                return false; // Lucene's contract: a lock is obtained once
            }

            System.IO.Directory.CreateDirectory(folder);
            try
            {
                _held = new FileStream(_path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException error)
            {
                FailureReason = error;
                return false;
            }

            // Holding the lock now, a description still there is from a holder that never released it: it died.
            factory.DeadHolder = DescribeHolder(folder);
            WriteHolder();
            return true;
        }

        public override bool IsLocked()
        {
            if (_held is not null)
            {
                return true;
            }

            try
            {
                using var probe = new FileStream(_path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
                return false;
            }
            catch (FileNotFoundException)
            {
                return false;
            }
            catch (IOException)
            {
                return true;
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && _held is not null)
            {
                TryDelete(Path.Combine(folder, HolderFileName)); // before the release: the next holder must not see it
                _held.Dispose();
                _held = null;
            }
        }

        public override string ToString() => $"{nameof(ExclusiveFileLock)}@{_path}";

        private static void TryDelete(string path)
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
                // Left behind, it only makes the next writer report a dead holder that was not one.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        private void WriteHolder()
        {
            using var process = Process.GetCurrentProcess();
            var description = string.Create(CultureInfo.InvariantCulture,
                $"process {Environment.ProcessId} on {Environment.MachineName} ({string.Join(' ', Environment.GetCommandLineArgs())}), since {process.StartTime.ToUniversalTime():yyyy-MM-dd HH:mm:ss} UTC");
            // Written beside the lock and renamed into place, so a reader never sees half a description.
            var holder = Path.Combine(folder, HolderFileName);
            var temporary = holder + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp";
            try
            {
                File.WriteAllText(temporary, description, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                File.Move(temporary, holder, overwrite: true);
            }
            catch (IOException)
            {
                // The description only improves an error message; the lock itself is held.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
