#!/usr/bin/env Rscript
# Reference values for the ensemble of reconstructions (lib/compendium/src/reconstruct/ensemble*.ts).
# Run from the repository root:  Rscript test/reference/ensemble-reference.R
# Writes test/reference/ensemble-reference.json (base R only; deterministic, no time stamps).
vectors <- list(
  a = c(3, 1, 4, 1, 5, 9, 2, 6),
  b = c(0.25, 0.2561, 0.2449, 0.251, 0.2533),
  c = c(7)
)
probs <- c(0, 0.025, 0.5, 0.975, 1)
q <- lapply(vectors, function(v) list(x = v, probs = probs, type7 = unname(quantile(v, probs, type = 7))))
# Critical t of a two-sided paired t-test at alpha = .05 with N = 51, and the bound
# t >= sqrt(N) * d_lo / 2 for the printed d = 0.61, 0.53, 0.38, 0.25 (lower ends of their rounding intervals).
d_lo <- c(werkplezier = 0.605, "self-efficacy" = 0.525, autonomie = 0.375, waardering = 0.245)
d_hi <- d_lo + 0.01
J <- function(df) exp(lgamma(df / 2) - log(sqrt(df / 2)) - lgamma((df - 1) / 2))
bounds <- list(
  tCrit = qt(0.975, 50),
  halfBound = as.list(sqrt(51) * d_lo / 2),
  # the printed d read as Hedges' g_av = J(50) * d_av: t >= sqrt(N) * g_lo / (2 * J(50))
  gBound = as.list(sqrt(51) * d_lo / (2 * J(50))),
  dzLo = as.list(sqrt(51) * d_lo),
  dzHi = as.list(sqrt(51) * d_hi)
)
# p-values of the sentences of views/ensemble.ts: a paired t of -2.1 with N = 51, and r at the lower
# end of the printed ,57 (0.565) with N = 51.
pvalues <- list(
  pairedT = 2 * pt(-2.1, 50),
  correlationLow = 2 * pt(-(0.565 * sqrt(49) / sqrt(1 - 0.565^2)), 49)
)
num <- function(x) formatC(x, digits = 17, format = "g")
enc <- function(x) {
  if (is.list(x)) {
    if (is.null(names(x))) return(paste0("[", paste(vapply(x, enc, ""), collapse = ", "), "]"))
    return(paste0("{", paste(sprintf("\"%s\": %s", names(x), vapply(x, enc, "")), collapse = ", "), "}"))
  }
  if (length(x) == 1 && is.null(names(x))) return(num(x))
  paste0("[", paste(num(x), collapse = ", "), "]")
}
out <- list(rVersion = R.version.string, quantiles = unname(q), bounds = bounds, pvalues = pvalues)
out$rVersion <- NULL
writeLines(enc(out), "test/reference/ensemble-reference.json")
