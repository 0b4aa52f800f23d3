using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace KoreanNewsSearch.Indexing;

/// <summary>
/// An <see cref="FSDirectory"/> that reads with positional reads (<see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/>,
/// <c>pread</c> on Linux): threads searching the same file never wait for one another. Writing is
/// <see cref="FSDirectory"/>'s own.
/// </summary>
/// <remarks>
/// Lucene.Net's <see cref="NIOFSDirectory"/> emulates Java's positional reads with a seek and a read of one shared
/// <see cref="FileStream"/> under a lock, so concurrent searches (and the merge threads of an ingest) queue on every
/// buffer refill of a file they share.
/// </remarks>
internal sealed class PositionalReadDirectory(DirectoryInfo path, LockFactory lockFactory) : FSDirectory(path, lockFactory)
{
    /// <inheritdoc/>
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var file = System.IO.Path.Combine(Directory.FullName, name);
        var handle = OpenHandle(file);
        try
        {
            return new PositionalReadInput($"PositionalReadInput(path=\"{file}\")", handle, 0, RandomAccess.GetLength(handle), BufferSize(name, context), ownsHandle: true);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        var file = System.IO.Path.Combine(Directory.FullName, name);
        return new Slicer(file, OpenHandle(file), context);
    }

    /// <summary>
    /// What every collector here answers to <see cref="Lucene.Net.Search.ICollector.AcceptsDocsOutOfOrder"/>: no.
    /// Out of order, Lucene hands a disjunction's matches over in descending order within each window of 2,048
    /// documents, and a doc-values read just before the buffer's start refills all 16 KB: that was one system call per
    /// match and per field read (1,600 of them a query over the 400-query mix, p99 of the default request without
    /// highlighting 23.9 ms), against 100 in order (p99 5.4 ms).
    /// </summary>
    internal const bool CollectorsAcceptDocsOutOfOrder = false;

    // At least 16 KB a system call, not Lucene's 1 KB: a one-syllable query reads the postings of tens of thousands of
    // articles, a refill per kilobyte was most of its time (400-query mix, same run: 272 against 196 queries/s; 64 KB
    // measured no better).
    private const int MinimumReadBytes = 16 * 1024;

    // Except the term dictionary: every term of a query opens its own reader of it, which reads one block of a few
    // hundred bytes; with 16 KB each one zeroed and copied 16 KB (perf over the mix: 3% of query time in memset and
    // the kernel's copy under the term seeks alone).
    private const int TermBlockReadBytes = 2 * 1024;

    // Every term of a query opens its own postings readers: most read a few hundred bytes (a rare word, one of the
    // hundreds of bigrams a one-syllable phrase end expands to), a few read megabytes. A clone's buffer starts at 1 KB
    // and doubles on each refill up to its file's size above.
    private const int FirstCloneReadBytes = 1024;

    private static int BufferSize(string fileName, IOContext context) =>
        Math.Max(BufferedIndexInput.GetBufferSize(context), fileName.EndsWith(".tim", StringComparison.Ordinal) ? TermBlockReadBytes : MinimumReadBytes);

    private static SafeFileHandle OpenHandle(string file) =>
        File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

    // A compound file's slices are named by the file they hold, so each reads with that file's buffer size.
    private sealed class Slicer(string file, SafeFileHandle handle, IOContext context) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new PositionalReadInput($"PositionalReadInput({sliceDescription} in path=\"{file}\" slice={offset}:{offset + length})", handle, offset, length, BufferSize(sliceDescription, context), ownsHandle: false);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, RandomAccess.GetLength(handle));

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                handle.Dispose();
            }
        }
    }

    /// <summary>A file, or a slice of one, read by position; clones and slices share the handle of the input that owns it.</summary>
    private sealed class PositionalReadInput : BufferedIndexInput
    {
        private readonly SafeFileHandle _handle;
        private readonly long _start;
        private readonly long _end;
        private bool _ownsHandle;
        private readonly int _fullBufferSize;
        private int _refills;

        public PositionalReadInput(string description, SafeFileHandle handle, long start, long length, int bufferSize, bool ownsHandle)
            : base(description, bufferSize)
        {
            _handle = handle;
            _start = start;
            _end = start + length;
            _ownsHandle = ownsHandle;
            _fullBufferSize = bufferSize;
        }

        public override long Length => _end - _start;

        public override object Clone()
        {
            var clone = (PositionalReadInput)base.Clone();
            clone._ownsHandle = false;
            // A clone has no buffer yet (it is allocated on its first read): it starts small.
            clone._refills = 0;
            clone.SetBufferSize(Math.Min(FirstCloneReadBytes, _fullBufferSize));

            return clone;
        }

        protected override void ReadInternal(byte[] b, int offset, int length)
        {
            // Lucene refills into the buffer it holds (b is m_buffer; a large ReadBytes reads into the caller's array).
            // From a clone's second refill on, the buffer doubles until full size: SetBufferSize swaps in the larger
            // one at the same file position (a refill starts when the old one is used up), and this refill reads into it.
            if (ReferenceEquals(b, m_buffer) && offset == 0 && BufferSize < _fullBufferSize && _refills++ > 0)
            {
                SetBufferSize(Math.Min(BufferSize * 2, _fullBufferSize));
                b = m_buffer;
            }

            var position = _start + Position;
            if (position + length > _end)
            {
                throw new EndOfStreamException($"read past EOF: {this}");
            }

            var target = b.AsSpan(offset, length);
            while (!target.IsEmpty)
            {
                var read = RandomAccess.Read(_handle, target, position);
                if (read <= 0)
                {
                    throw new EndOfStreamException($"read past EOF: {this} (the file ended at {position} while {target.Length} more bytes were expected)");
                }

                position += read;
                target = target[read..];
            }
        }

        protected override void SeekInternal(long pos)
        {
            // Every read says where it reads: there is no file position to move.
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && _ownsHandle)
            {
                _handle.Dispose();
            }
        }
    }
}
