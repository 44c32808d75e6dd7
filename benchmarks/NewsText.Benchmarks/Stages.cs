using System.Buffers;
using BenchmarkDotNet.Attributes;
using NewsText.Attribution;
using NewsText.Boilerplate;
using NewsText.Text;

namespace NewsText.Benchmarks;

/// <summary>
/// The parsing hot path stage by stage, on a small article, a 100 KB page and the corpus pages, next to a baseline
/// that only reads every character once (counting words): each result reads as a fraction of that floor.
/// </summary>
[MemoryDiagnoser]
public class Stages
{
    private static readonly SearchValues<char> Spaces = SearchValues.Create(" \n\r\t");
    private static readonly NewsTextParser Parser = new();
    private static readonly NewsTextParser ParserWithoutQuotes = new(NewsTextOptions.Default with { ExtractQuotes = false });
    private static readonly BoilerplateStripper Stripper = new();
    private static readonly AttributionExtractor Extractor = new();

    private string[] _texts = [];
    private Article[] _stripped = [];
    private Article[] _parsed = [];

    [Params("small", "large", "corpus")]
    public string Input { get; set; } = "small";

    public static string[] Texts(string name) => name switch
    {
        "small" => [Inputs.Small],
        "large" => [Inputs.Large],
        _ => Inputs.CorpusPages,
    };

    public static double InputBytes(string name) => Texts(name).Sum(t => t.Length * 2.0);

    [GlobalSetup]
    public void Setup()
    {
        _texts = Texts(Input);
        _stripped = _texts.Select(t => Stripper.Strip(t)).ToArray();
        _parsed = _texts.Select(t => Parser.Parse(t)).ToArray();
    }

    [Benchmark(Baseline = true, Description = "read once (word count)")]
    public int ReadOnce()
    {
        int words = 0;
        foreach (string text in _texts)
        {
            ReadOnlySpan<char> rest = text;
            while (!rest.IsEmpty)
            {
                int space = rest.IndexOfAny(Spaces);
                if (space != 0)
                {
                    words++;
                }

                if (space < 0)
                {
                    break;
                }

                rest = rest[(space + 1)..];
            }
        }

        return words;
    }

    [Benchmark(Description = "segmentation")]
    public int Segmentation()
    {
        int blocks = 0;
        foreach (string text in _texts)
        {
            // As the stripper does: the block list's room goes back to the pool for the next input.
            using PooledList<Block> segmented = BlockSegmenter.Segment(text);
            blocks += segmented.Count;
        }

        return blocks;
    }

    [Benchmark(Description = "boilerplate")]
    public int Boilerplate()
    {
        int paragraphs = 0;
        foreach (string text in _texts)
        {
            paragraphs += Stripper.Strip(text).Paragraphs.Count;
        }

        return paragraphs;
    }

    [Benchmark(Description = "attribution")]
    public int Attribution()
    {
        int quotes = 0;
        for (int i = 0; i < _texts.Length; i++)
        {
            quotes += Extractor.Extract(_texts[i], _stripped[i].Paragraphs).Quotes.Count;
        }

        return quotes;
    }

    [Benchmark(Description = "JSON")]
    public int Json()
    {
        int characters = 0;
        foreach (Article article in _parsed)
        {
            characters += NewsTextJson.Serialize(article).Length;
        }

        return characters;
    }

    [Benchmark(Description = "Parse (whole)")]
    public int Parse()
    {
        int paragraphs = 0;
        foreach (string text in _texts)
        {
            paragraphs += Parser.Parse(text).Paragraphs.Count;
        }

        return paragraphs;
    }

    [Benchmark(Description = "Parse without quotes")]
    public int ParseWithoutQuotes()
    {
        int paragraphs = 0;
        foreach (string text in _texts)
        {
            paragraphs += ParserWithoutQuotes.Parse(text).Paragraphs.Count;
        }

        return paragraphs;
    }
}
