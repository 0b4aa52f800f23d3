using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using KoreanNewsSearch.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace KoreanNewsSearch.Duplicates;

/// <summary>The duplicate-group fields of an article document: written at ingest, read by folding and related search.</summary>
internal static class DuplicateFields
{
    /// <summary>Adds the group label, its folding key and, when the body has one, the fingerprint and its band keys.</summary>
    public static void AddTo(Document doc, DuplicateAssignment assignment)
    {
        doc.Add(TermListField.CreateKeyword(NewsFields.DuplicateGroup, assignment.Group, Field.Store.YES));
        doc.Add(new NumericDocValuesField(NewsFields.DuplicateGroupKey, GroupKey(assignment.Group)));
        if (assignment.Fingerprint is not { } fingerprint)
        {
            return;
        }

        doc.Add(new BinaryDocValuesField(NewsFields.BodyFingerprint, new BytesRef(fingerprint.ToBytes())));
        doc.Add(TermListField.Create(NewsFields.DuplicateBand, fingerprint.BandKeys));
    }

    /// <summary>The 64-bit folding key of a group label (a collision needs about 4 billion groups to become likely).</summary>
    public static long GroupKey(string group) =>
        BinaryPrimitives.ReadInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(group)));

    /// <summary>The stored fingerprint of a document, or null when its body had none.</summary>
    public static BodyFingerprint? ReadFingerprint(IndexReader reader, int docId)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(docId, leaves)];
        var localDoc = docId - leaf.DocBase;
        var values = leaf.AtomicReader.GetBinaryDocValues(NewsFields.BodyFingerprint);
        var withField = leaf.AtomicReader.GetDocsWithField(NewsFields.BodyFingerprint);
        if (values is null || withField is null || !withField.Get(localDoc))
        {
            return null;
        }

        var bytes = new BytesRef();
        values.Get(localDoc, bytes);
        return BodyFingerprint.FromBytes(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length));
    }
}

/// <summary>The duplicate group an article is filed under at ingest, and the fingerprint that put it there.</summary>
/// <param name="Fingerprint">The body's fingerprint; null when the body is too short (the article is then alone).</param>
/// <param name="Group">The group label.</param>
internal sealed record DuplicateAssignment(BodyFingerprint? Fingerprint, string Group);
