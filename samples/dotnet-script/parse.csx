#r "nuget: NewsText, 0.1.0"
// dotnet-script sample: `dotnet script samples/dotnet-script/parse.csx -- samples/article.txt`.
using NewsText;

Article article = Article.Parse(File.ReadAllText(Args[0]));
Console.WriteLine(article.Title);
foreach (Quote quote in article.Quotes)
{
    Console.WriteLine($"{quote.Speaker?.Name ?? "?"} ({quote.Kind}): {quote.Text}");
}
