// Peer engine for the KoreanNewsSearch benchmarks: Java Lucene 8 (Debian liblucene8-java) with CJKAnalyzer or Nori.
// Single-file program, run as
//   java -Xms4g -Xmx4g -XX:+UseSerialGC -cp "$LUCENE_JARS" tests/peers/Peer.java PART --analyzer cjk|nori [options]
// Parts (each prints one JSON object on stdout; progress goes to stderr):
//   index     --corpus FILE.tsv --dir DIR --threads N      build the index (add all + commit), then forceMerge(1)
//   latency   --dir DIR --queries queries.tsv [--passes 3] [--warmup 1] [--threads 1] [--stride 1]  the query mix against a built index
//   relevance --corpus FILE.tsv [--extra FILE.tsv] --qrels FILE.tsv --dir DIR --depth K  index, then rank each question
// Corpus TSV (written by the C# side so that both engines index identical text): id, title, body, published (unix ms
// or empty), with \\ \t \n \r escaped. The searchable text is "title\nbody" (body alone when the title is empty), one
// field, as in ../shared/peers/RESULTS.md. Qrels TSV: qid, relevant id, query (already sanitised).
// Protocol (RESULTS.md): BM25 k1=1.2 b=0.75, classic QueryParser with OR between words, 256 MB RAM buffer,
// SerialMergeScheduler, MMapDirectory, IndexSearcher without executor, search(q, 10) for the mix.

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.MMapDirectory;

public final class Peer {
    private static final String TEXT = "text";
    private static final String ID = "id";

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: Peer index|latency|relevance --analyzer cjk|nori [options]");
            System.exit(2);
        }
        Map<String, String> opt = options(args);
        String analyzerName = require(opt, "analyzer");
        String json;
        switch (args[0]) {
            case "index":
                json = index(analyzerName, Paths.get(require(opt, "corpus")), Paths.get(require(opt, "dir")),
                        Integer.parseInt(opt.getOrDefault("threads", "1")));
                break;
            case "latency":
                json = latency(analyzerName, Paths.get(require(opt, "dir")), Paths.get(require(opt, "queries")),
                        Integer.parseInt(opt.getOrDefault("passes", "3")), Integer.parseInt(opt.getOrDefault("warmup", "1")), Integer.parseInt(opt.getOrDefault("threads", "1")),
                        Integer.parseInt(opt.getOrDefault("stride", "1")));
                break;
            case "relevance":
                json = relevance(analyzerName, Paths.get(require(opt, "corpus")), opt.get("extra"), Paths.get(require(opt, "qrels")),
                        Paths.get(require(opt, "dir")), Integer.parseInt(opt.getOrDefault("depth", "100")));
                break;
            default:
                throw new IllegalArgumentException("unknown part " + args[0]);
        }
        System.out.println(json);
    }

    // ---------------------------------------------------------------- index

    private static String index(String analyzerName, Path corpus, Path dir, int threads) throws Exception {
        List<String[]> docs = readTsv(corpus, 4);
        long textBytes = 0;
        for (String[] d : docs) {
            textBytes += text(d).getBytes(StandardCharsets.UTF_8).length;
        }
        deleteTree(dir);
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        try (MMapDirectory directory = new MMapDirectory(dir); IndexWriter writer = new IndexWriter(directory, writerConfig(analyzerName))) {
            AtomicInteger next = new AtomicInteger();
            List<Thread> workers = new ArrayList<>();
            List<Throwable> failures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Thread worker = new Thread(() -> {
                    try {
                        for (int i = next.getAndIncrement(); i < docs.size(); i = next.getAndIncrement()) {
                            writer.addDocument(document(docs.get(i)));
                        }
                    } catch (Throwable e) {
                        synchronized (failures) {
                            failures.add(e);
                        }
                    }
                });
                workers.add(worker);
                worker.start();
            }
            for (Thread worker : workers) {
                worker.join();
            }
            if (!failures.isEmpty()) {
                throw new RuntimeException(failures.get(0));
            }
            writer.commit();
            double buildSeconds = (System.nanoTime() - start) / 1e9;
            int segmentsBeforeMerge = segmentCount(directory);
            long mergeStart = System.nanoTime();
            writer.forceMerge(1);
            writer.commit();
            double optimizeSeconds = (System.nanoTime() - mergeStart) / 1e9;
            writer.close();
            return new Json()
                    .put("engine", engineName(analyzerName)).put("threads", threads).put("docs", docs.size())
                    .put("textBytes", textBytes).put("buildSeconds", buildSeconds).put("optimizeSeconds", optimizeSeconds)
                    .put("segmentsBeforeMerge", segmentsBeforeMerge).put("indexBytes", treeSize(dir))
                    .put("peakHeapBytes", peakHeapBytes()).put("peakRssBytes", peakRssBytes())
                    .put("java", System.getProperty("java.runtime.version")).put("lucene", org.apache.lucene.util.Version.LATEST.toString())
                    .toString();
        }
    }

    private static IndexWriterConfig writerConfig(String analyzerName) {
        IndexWriterConfig config = new IndexWriterConfig(analyzer(analyzerName));
        config.setRAMBufferSizeMB(256);
        config.setMergeScheduler(new SerialMergeScheduler());
        config.setSimilarity(new BM25Similarity(1.2f, 0.75f));
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        return config;
    }

    private static Document document(String[] row) {
        Document doc = new Document();
        doc.add(new StringField(ID, row[0], Field.Store.YES));
        doc.add(new TextField(TEXT, text(row), Field.Store.NO));
        return doc;
    }

    private static String text(String[] row) {
        return row[1].isEmpty() ? row[2] : row[1] + "\n" + row[2];
    }

    // ---------------------------------------------------------------- latency

    private static String latency(String analyzerName, Path dir, Path queriesFile, int passes, int warmup, int threads, int stride) throws Exception {
        List<String[]> all = readTsv(queriesFile, 3);
        all.remove(0); // header
        List<String[]> queries = new ArrayList<>();
        for (int i = 0; i < all.size(); i += stride) {
            queries.add(all.get(i)); // every stride-th query, as the C# side samples them
        }
        try (MMapDirectory directory = new MMapDirectory(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity(1.2f, 0.75f));
            Analyzer analyzer = analyzer(analyzerName);

            Json hits = new Json();
            int errors = 0;
            QueryParser counter = parser(analyzer);
            for (String[] q : queries) {
                int count;
                try {
                    count = searcher.count(counter.parse(q[2]));
                } catch (ParseException e) {
                    count = -1;
                    errors++;
                }
                hits.put(q[0], count);
            }

            for (int w = 0; w < warmup; w++) {
                runPass(searcher, parser(analyzer), queries, null); // warm-up: the JIT, not the query, would be timed
            }
            double[] timesMs = new double[queries.size() * passes];
            long start = System.nanoTime();
            QueryParser timed = parser(analyzer);
            for (int p = 0; p < passes; p++) {
                double[] pass = new double[queries.size()];
                runPass(searcher, timed, queries, pass);
                System.arraycopy(pass, 0, timesMs, p * queries.size(), pass.length);
            }
            double wallSeconds = (System.nanoTime() - start) / 1e9;

            double threadedWall = 0;
            if (threads > 1) {
                List<Thread> workers = new ArrayList<>();
                long threadedStart = System.nanoTime();
                for (int t = 0; t < threads; t++) {
                    Thread worker = new Thread(() -> {
                        QueryParser own = parser(analyzer);
                        for (int p = 0; p < passes; p++) {
                            runPass(searcher, own, queries, null);
                        }
                    });
                    workers.add(worker);
                    worker.start();
                }
                for (Thread worker : workers) {
                    worker.join();
                }
                threadedWall = (System.nanoTime() - threadedStart) / 1e9;
            }

            Json types = new Json();
            for (int i = 0; i < queries.size(); i++) {
                types.put(queries.get(i)[0], queries.get(i)[1]);
            }
            return new Json()
                    .put("engine", engineName(analyzerName)).put("passes", passes).put("queries", queries.size())
                    .put("parseErrors", errors).put("wallSeconds", wallSeconds)
                    .putRaw("timesMs", arrayJson(timesMs)).putRaw("hits", hits.toString()).putRaw("types", types.toString())
                    .put("threads", threads).put("threadedWallSeconds", threadedWall).put("threadedQueries", (long) threads * passes * queries.size())
                    .toString();
        }
    }

    private static void runPass(IndexSearcher searcher, QueryParser parser, List<String[]> queries, double[] timesMs) {
        try {
            for (int i = 0; i < queries.size(); i++) {
                long start = System.nanoTime();
                Query query;
                try {
                    query = parser.parse(queries.get(i)[2]);
                } catch (ParseException e) {
                    continue;
                }
                TopDocs top = searcher.search(query, 10);
                for (ScoreDoc sd : top.scoreDocs) {
                    searcher.doc(sd.doc).get(ID);
                }
                if (timesMs != null) {
                    timesMs[i] = (System.nanoTime() - start) / 1e6;
                }
            }
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    // ---------------------------------------------------------------- relevance

    private static String relevance(String analyzerName, Path corpus, String extra, Path qrelsFile, Path dir, int depth) throws Exception {
        List<String[]> docs = readTsv(corpus, 4);
        if (extra != null) {
            docs.addAll(readTsv(Paths.get(extra), 4));
        }
        List<String[]> qrels = readTsv(qrelsFile, 3);
        deleteTree(dir);
        long indexStart = System.nanoTime();
        try (MMapDirectory directory = new MMapDirectory(dir)) {
            try (IndexWriter writer = new IndexWriter(directory, writerConfig(analyzerName))) {
                for (String[] d : docs) {
                    writer.addDocument(document(d));
                }
                writer.forceMerge(1);
                writer.commit();
            }
            double indexSeconds = (System.nanoTime() - indexStart) / 1e9;
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(new BM25Similarity(1.2f, 0.75f));
                QueryParser parser = parser(analyzer(analyzerName));
                int[] ranks = new int[qrels.size()];
                int empty = 0;
                long start = System.nanoTime();
                for (int i = 0; i < qrels.size(); i++) {
                    String[] q = qrels.get(i);
                    ranks[i] = 0;
                    Query query;
                    try {
                        query = parser.parse(q[2].isBlank() ? "" : q[2]);
                    } catch (ParseException e) {
                        empty++;
                        continue;
                    }
                    TopDocs top = searcher.search(query, depth);
                    for (int r = 0; r < top.scoreDocs.length; r++) {
                        if (searcher.doc(top.scoreDocs[r].doc).get(ID).equals(q[1])) {
                            ranks[i] = r + 1;
                            break;
                        }
                    }
                }
                double querySeconds = (System.nanoTime() - start) / 1e9;
                StringBuilder rankJson = new StringBuilder("[");
                for (int i = 0; i < ranks.length; i++) {
                    rankJson.append(i == 0 ? "" : ",").append(ranks[i]);
                }
                return new Json()
                        .put("engine", engineName(analyzerName)).put("docs", docs.size()).put("questions", qrels.size())
                        .put("depth", depth).put("unparsed", empty).put("indexSeconds", indexSeconds).put("querySeconds", querySeconds)
                        .putRaw("ranks", rankJson.append(']').toString())
                        .toString();
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private static Analyzer analyzer(String name) {
        switch (name) {
            case "cjk":
                return new CJKAnalyzer();
            case "nori":
                return new KoreanAnalyzer();
            default:
                throw new IllegalArgumentException("analyzer must be cjk or nori, not " + name);
        }
    }

    private static String engineName(String analyzerName) {
        return analyzerName.equals("cjk") ? "Lucene-CJK" : "Lucene-Nori";
    }

    private static QueryParser parser(Analyzer analyzer) {
        QueryParser parser = new QueryParser(TEXT, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.OR);
        return parser;
    }

    private static List<String[]> readTsv(Path path, int columns) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String[] cells = line.split("\t", -1);
                if (cells.length != columns) {
                    throw new IOException(path + ":" + number + ": expected " + columns + " tab-separated columns, found " + cells.length);
                }
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = unescape(cells[i]);
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String unescape(String cell) {
        if (cell.indexOf('\\') < 0) {
            return cell;
        }
        StringBuilder sb = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                char n = cell.charAt(++i);
                sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        try {
            // "5" resets the kernel's peak resident set (VmHWM) to the current RSS.
            Files.write(Paths.get("/proc/self/clear_refs"), "5".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            System.err.println("cannot reset VmHWM: " + e.getMessage());
        }
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long peakRssBytes() throws IOException {
        for (String line : Files.readAllLines(Paths.get("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return -1;
    }

    private static int segmentCount(MMapDirectory directory) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.leaves().size();
        }
    }

    private static long treeSize(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            Path[] all = files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toArray(Path[]::new);
            for (Path p : all) {
                Files.delete(p);
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opt = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --key value, got " + Arrays.toString(Arrays.copyOfRange(args, i, args.length)));
            }
            opt.put(args[i].substring(2), args[++i]);
        }
        return opt;
    }

    private static String require(Map<String, String> opt, String key) {
        String value = opt.get(key);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + key);
        }
        return value;
    }

    private static String arrayJson(double[] values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.4f", values[i]));
        }
        return sb.append(']').toString();
    }

    /** A flat JSON object writer: enough for numbers, strings and pre-rendered values. */
    private static final class Json {
        private final StringBuilder sb = new StringBuilder("{");

        Json put(String key, Object value) {
            String rendered;
            if (value instanceof String) {
                rendered = quote((String) value);
            } else if (value instanceof Double) {
                rendered = String.format(Locale.ROOT, "%.6f", (Double) value);
            } else {
                rendered = String.valueOf(value);
            }
            return putRaw(key, rendered);
        }

        Json putRaw(String key, String rendered) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append(quote(key)).append(':').append(rendered);
            return this;
        }

        private static String quote(String s) {
            StringBuilder q = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                if (c == '"' || c == '\\') {
                    q.append('\\').append(c);
                } else if (c < 0x20) {
                    q.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                } else {
                    q.append(c);
                }
            }
            return q.append('"').toString();
        }

        @Override
        public String toString() {
            return sb + "}";
        }
    }
}
