#!/usr/bin/env Rscript
# -----------------------------------------------------------------------------
# Independent reference values for the statistics library (lib/stats/src).
#
# Run from the repository root:
#
#     Rscript test/reference/stats-reference.R
#
# It writes test/reference/stats-reference.json next to this script. The
# TypeScript tests read that JSON; they never need R. See
# test/reference/README.md for the layout of the JSON and the conventions
# (null for NA, the strings "Inf" / "-Inf" for infinite values, full precision).
#
# The script is deterministic: every random draw follows an explicit set.seed()
# with a fixed RNG kind, and the output contains no time stamps, so running it
# twice with the same R and package versions gives a byte-identical file.
#
# Layout of this file
#   0. Set-up and helpers (JSON encoding, case registry, root finding)
#   1. Datasets
#   2. One section per TypeScript function
#   3. Inputs for which R errors or gives NaN/NA ("errors")
#   4. Meta data, writing the JSON, and a read-back check
# -----------------------------------------------------------------------------

suppressPackageStartupMessages({
  library(psych)
  library(pwr)
  library(boot)
  library(effectsize)
  library(jsonlite)
})
# psych, boot and effectsize mask a few of each other's names (logit, phi);
# every call below therefore names its package explicitly.

RNGkind("Mersenne-Twister", "Inversion", "Rejection")

# Location of this script, so that the JSON lands next to it wherever R is
# started from.
script_dir <- local({
  file_arg <- grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE)
  if (length(file_arg) == 1) dirname(normalizePath(sub("^--file=", "", file_arg)))
  else file.path("test", "reference")
})
out_path <- file.path(script_dir, "stats-reference.json")

# =============================================================================
# 0. Helpers
# =============================================================================

# --- 0.1 JSON encoding ------------------------------------------------------
# jsonlite 1.8.4 prints at most 15 significant digits, even with digits = NA
# (toJSON(1/3, digits = NA) gives 0.333333333333333), which does not
# round-trip every double. Numbers are therefore formatted here: each double
# gets the shortest of %.15g, %.16g and %.17g that parses back to the
# identical double, and is handed to write_json() as verbatim JSON.
# NA becomes null, +Inf / -Inf become the strings "Inf" / "-Inf".

parse_numbers <- function(s) {
  # Parse number literals with jsonlite's parser (C strtod, correctly rounded).
  as.double(jsonlite::parse_json(paste0("[", paste(s, collapse = ","), "]"),
                                 simplifyVector = TRUE))
}

shortest_repr <- function(x) {
  s <- sprintf("%.15g", x)
  for (digits in 16:17) {
    bad <- parse_numbers(s) != x
    if (!any(bad)) break
    s[bad] <- sprintf(paste0("%.", digits, "g"), x[bad])
  }
  stopifnot(identical(parse_numbers(s), x))
  s
}

number_literals <- function(v) {
  v <- as.double(v)
  out <- character(length(v))
  na <- is.na(v)
  inf <- !na & is.infinite(v)
  fin <- !na & !inf
  out[na] <- "null"
  out[inf] <- ifelse(v[inf] > 0, "\"Inf\"", "\"-Inf\"")
  if (any(fin)) out[fin] <- shortest_repr(v[fin])
  out
}

verbatim <- function(s) structure(s, class = "json")

# Convert the result tree into something write_json() prints faithfully.
# Numeric vectors of length 1 become scalars unless wrapped in I() (AsIs);
# longer numeric vectors always become arrays.
to_json_tree <- function(x) {
  if (is.list(x)) {
    stopifnot(!is.data.frame(x))
    return(lapply(x, to_json_tree))
  }
  if (is.numeric(x)) {
    stopifnot(is.null(dim(x)))
    lit <- number_literals(x)
    if (inherits(x, "AsIs") || length(x) != 1) {
      return(verbatim(paste0("[", paste(lit, collapse = ", "), "]")))
    }
    return(verbatim(lit))
  }
  if (is.logical(x)) {
    if (length(x) == 1 && is.na(x)) return(verbatim("null"))
    return(if (inherits(x, "AsIs") || length(x) != 1) I(unclass(x)) else unclass(x))
  }
  if (is.character(x)) {
    return(if (inherits(x, "AsIs")) I(unclass(x)) else x)
  }
  stop("to_json_tree: unsupported type ", class(x)[1])
}

# Matrix -> list of rows (each row an array), used for boot.array().
rows_of <- function(m) lapply(seq_len(nrow(m)), function(i) I(unname(m[i, ])))

# --- 0.2 Case registry -------------------------------------------------------
cases <- list()
errors <- list()
all_ids <- character(0)

register_id <- function(fn, id) {
  full_id <- paste0(fn, "/", id)
  if (full_id %in% all_ids) stop("duplicate case id: ", full_id)
  all_ids <<- c(all_ids, full_id)
  full_id
}

add_case <- function(fn, id, dataset, input, expected, r_call,
                     details = NULL, note = NULL) {
  entry <- list(
    id = register_id(fn, id),
    dataset = if (is.null(dataset)) NA else dataset,
    input = input,
    expected = expected,
    r_call = r_call
  )
  if (!is.null(details)) entry$details <- details
  if (!is.null(note)) entry$note <- note
  cases[[fn]] <<- c(cases[[fn]], list(entry))
  invisible(entry)
}

# Evaluate an R expression and describe what R does: the error text, or the
# value it returns (a named numeric vector) together with any warnings.
describe_behaviour <- function(expr) {
  warns <- character(0)
  value <- NULL
  printed <- utils::capture.output(value <- withCallingHandlers(
    tryCatch(expr, error = function(e) structure(list(msg = conditionMessage(e)),
                                                 class = "r_error")),
    warning = function(w) {
      warns <<- c(warns, conditionMessage(w))
      invokeRestart("muffleWarning")
    }
  ))
  if (inherits(value, "r_error")) {
    text <- paste0("error: ", value$msg)
  } else {
    v <- unlist(value)
    text <- if (is.null(v)) "returns NULL" else {
      paste0("returns ", paste0(names(v), if (!is.null(names(v))) " = ",
                                format(v, digits = 7), collapse = ", "))
    }
  }
  if (length(warns) > 0) {
    text <- paste0(text, "; warning: ", paste(unique(warns), collapse = "; "))
  }
  printed <- trimws(gsub("^\\[1\\] ", "", printed))
  printed <- printed[nzchar(printed)]
  if (length(printed) > 0) {
    text <- paste0(text, "; prints: ", paste(printed, collapse = " "))
  }
  gsub("\\s+", " ", text)
}

add_error <- function(fn, id, input, r_call, expr, note = NULL) {
  entry <- list(id = register_id(fn, id), input = input, r_call = r_call,
                r_behaviour = describe_behaviour(expr))
  if (!is.null(note)) entry$note <- note
  errors[[fn]] <<- c(errors[[fn]], list(entry))
  invisible(entry)
}

# --- 0.3 Small utilities -----------------------------------------------------
# TypeScript alternative names -> R names.
r_alt <- function(a) switch(a, "two-sided" = "two.sided", less = "less",
                            greater = "greater", stop("unknown alternative ", a))

fmt_num <- function(x) format(x, digits = 15)

# Run `expr`, failing if it raises a warning that matches none of `allowed`.
no_warnings <- function(expr, allowed = character(0)) {
  withCallingHandlers(expr, warning = function(w) {
    msg <- conditionMessage(w)
    if (any(vapply(allowed, grepl, logical(1), x = msg, fixed = TRUE))) {
      invokeRestart("muffleWarning")
    }
    stop("unexpected warning: ", msg)
  })
}

# Silence psych's console output and warnings (smc notes, "Number of
# categories" messages) when a call is only used for its value.
quietly <- function(expr) {
  value <- NULL
  utils::capture.output(value <- suppressMessages(suppressWarnings(expr)))
  value
}

close_to <- function(a, b, tol) isTRUE(all.equal(a, b, tolerance = tol, check.attributes = FALSE))

# Noncentrality parameter lambda with pt(t, df, ncp = lambda) = p. pt() is
# decreasing in ncp, so the root is unique for 0 < p < 1.
solve_ncp <- function(t, df, p) {
  f <- function(ncp) pt(t, df, ncp = ncp) - p
  no_warnings(uniroot(f, interval = c(t - 2, t + 2), extendInt = "yes",
                      tol = 1e-14, maxiter = 10000)$root)
}

# Exact Hedges correction J(df) = Gamma(df/2) / (sqrt(df/2) Gamma((df-1)/2)).
hedges_j <- function(df) exp(lgamma(df / 2) - log(sqrt(df / 2)) - lgamma((df - 1) / 2))

# Rebuild an R vector literal for r_call strings.
as_r_literal <- function(v) paste0("c(", paste(ifelse(is.na(v), "NA", fmt_num(v)), collapse = ", "), ")")

# =============================================================================
# 1. Datasets
# =============================================================================
# Paired datasets have x and y (differences are x - y); item matrices have
# `items`, a list of columns. Values are rounded so that they are short in
# the JSON; the JSON holds the exact doubles used.

datasets <- list()
add_dataset <- function(name, description, ...) {
  datasets[[name]] <<- c(list(description = description), list(...))
}

# --- 1.1 Five-point Likert pre/post pairs (many ties, many zero differences)
# x = "post" (now) rating, y = retrospective "pre" rating.
gen_likert_prepost <- function(n, seed) {
  set.seed(seed)
  pre <- sample(1:5, n, replace = TRUE, prob = c(0.05, 0.20, 0.35, 0.30, 0.10))
  change <- sample(c(-1, 0, 0, 1, 1, 2), n, replace = TRUE)
  post <- pmin(5, pmax(1, pre + change))
  list(x = as.numeric(post), y = as.numeric(pre))
}
l51 <- gen_likert_prepost(51, 2023)
l31 <- gen_likert_prepost(31, 3101)
l20 <- gen_likert_prepost(20, 2020)
add_dataset("likert51", "5-point Likert retrospective pre/post survey, n = 51 pairs (x = post, y = pre); many ties and zero differences; set.seed(2023)",
            x = l51$x, y = l51$y)
add_dataset("likert31", "5-point Likert pre/post pairs, n = 31 (x = post, y = pre); set.seed(3101)",
            x = l31$x, y = l31$y)
add_dataset("likert20", "5-point Likert pre/post pairs, n = 20 (x = post, y = pre); set.seed(2020)",
            x = l20$x, y = l20$y)
l31na <- l31
l31na$y[c(7, 23)] <- NA
add_dataset("likert31_na", "likert31 with y[7] and y[23] missing (NA): 29 complete pairs",
            x = l31na$x, y = l31na$y)

# --- 1.2 Minimum-n datasets
add_dataset("pairs_n2", "n = 2 pairs (smallest n for a paired t test; df = 1)",
            x = c(4, 5), y = c(2, 4))
add_dataset("pairs_n3", "n = 3 pairs (smallest n for a Pearson correlation test; df = 1, no Fisher CI)",
            x = c(2, 4, 5), y = c(1, 3, 2))
add_dataset("corr_n4", "n = 4 pairs (smallest n with a Fisher-z confidence interval for r)",
            x = c(1.2, 2.9, 3.1, 4.8), y = c(2.0, 2.4, 4.1, 3.9))
add_dataset("alpha_n2_k2", "Cronbach's alpha with n = 2 respondents and k = 2 items",
            items = list(c(2, 4), c(3, 4)))

# --- 1.3 Extreme values
add_dataset("large_1e6", "values around 1e6 with spread below 1 (tests cancellation in means and variances)",
            x = 1e6 + c(0.12, 0.25, 0.31, 0.48, 0.52, 0.66, 0.79, 0.83, 0.97, 1.05),
            y = 1e6 + c(0.10, 0.21, 0.33, 0.41, 0.49, 0.60, 0.80, 0.77, 0.90, 1.01))
add_dataset("mixed_magnitude", "values of very different magnitude (1e-3 to 2.5e6)",
            x = c(0.0012, 0.034, 0.56, 7.8, 91, 1200, 15000, 340000, 2500000),
            y = c(0.0009, 0.051, 0.47, 9.1, 77, 1500, 12000, 410000, 2200000))
set.seed(31)
se_y <- round(rnorm(31, 3, 0.8), 2)
se_x <- round(se_y + 5 + rnorm(31, 0, 0.5), 2)
add_dataset("strong_effect", "paired data with a mean difference of about 5 and sd of differences about 0.5, n = 31: t > 50, p < 1e-30; set.seed(31)",
            x = se_x, y = se_y)
add_dataset("null_effect", "Likert pairs whose differences sum to exactly 0 (mean difference 0, t = 0), n = 12",
            x = c(4, 3, 4, 3, 3, 4, 2, 2, 2, 5, 2, 5),
            y = c(3, 4, 2, 5, 3, 4, 1, 3, 2, 4, 3, 5))
add_dataset("near_perfect", "near-perfect linear relation y = 2x + small noise, n = 10 (r close to 1, tiny p)",
            x = 1:10 + 0,
            y = 2 * (1:10) + c(0.01, -0.02, 0.015, 0, -0.01, 0.02, -0.015, 0.005, 0.01, -0.005))
add_dataset("constant", "a constant variable (sd 0), n = 6", x = rep(3, 6))
add_dataset("single_value", "a single observation (n = 1): sd and variance are NA in R (null in the JSON)", x = 3)

# --- 1.4 Continuous normal data
set.seed(15)
n15_y <- round(rnorm(15, 50, 10), 4)
n15_x <- round(n15_y + rnorm(15, 3, 6), 4)
add_dataset("normal15", "continuous normal pairs, n = 15: y ~ N(50, 10), x = y + N(3, 6), rounded to 4 decimals; set.seed(15)",
            x = n15_x, y = n15_y)
set.seed(60)
n60_y <- round(rnorm(60), 4)
n60_x <- round(0.5 * n60_y + rnorm(60, 0.3, 0.9), 4)
add_dataset("normal60", "continuous normal pairs, n = 60: y ~ N(0, 1), x = 0.5 y + N(0.3, 0.9), rounded to 4 decimals; no zero or tied differences; set.seed(60)",
            x = n60_x, y = n60_y)

# --- 1.5 Item matrices for Cronbach's alpha (1-5 Likert, n = 51)
# Items share one latent factor (loading 0.7) and are cut at -1.5, -0.5, 0.5, 1.5.
gen_items <- function(n, k, seed, loading = 0.7) {
  set.seed(seed)
  f <- rnorm(n)
  lapply(seq_len(k), function(j) {
    z <- loading * f + sqrt(1 - loading^2) * rnorm(n)
    as.numeric(cut(z, c(-Inf, -1.5, -0.5, 0.5, 1.5, Inf)))
  })
}
items3 <- gen_items(51, 3, 103)
items4 <- gen_items(51, 4, 104)
items6 <- gen_items(51, 6, 106)
add_dataset("items3", "3 correlated 1-5 Likert items, n = 51 (one factor, loading 0.7); set.seed(103)", items = items3)
add_dataset("items4", "4 correlated 1-5 Likert items, n = 51; set.seed(104)", items = items4)
add_dataset("items6", "6 correlated 1-5 Likert items, n = 51; set.seed(106)", items = items6)
add_dataset("items2", "the first 2 items of items4 (k = 2), n = 51", items = items4[1:2])
items_neg <- gen_items(51, 2, 107, loading = 0.8)
set.seed(7)
items_neg[[3]] <- pmin(5, pmax(1, 6 - items_neg[[1]] + sample(c(-1, 0, 0, 1), 51, replace = TRUE)))
add_dataset("items_negative", "3 items, the third roughly reversed (6 - item 1 + noise): negative correlations, negative alpha; set.seed(107) and set.seed(7)",
            items = items_neg)
items_na <- items4
items_na[[2]][5] <- NA
items_na[[4]][17] <- NA
add_dataset("items4_na", "items4 with item 2 missing in row 5 and item 4 missing in row 17 (listwise deletion leaves 49 rows)",
            items = items_na)

# --- 1.6 Wilcoxon signed-rank data
# No ties and no zeros among |x - y| (gaps of at least 0.1), so R uses the
# exact null distribution for n < 50.
set.seed(8)
w8_y <- round(runif(8, 5, 15), 1)
w8_x <- round(w8_y + c(2.3, -0.4, 1.7, 3.1, -1.2, 0.9, 2.6, 4.4), 1)
add_dataset("wilcox_exact8", "n = 8 pairs, no ties and no zero differences (exact signed-rank distribution); set.seed(8)",
            x = w8_x, y = w8_y)
set.seed(12)
w12_y <- round(runif(12, 20, 40), 1)
w12_x <- round(w12_y + c(1.1, -2.4, 0.3, 3.6, 2.2, -0.7, 4.9, 1.8, 5.5, -1.5, 2.9, 0.5), 1)
add_dataset("wilcox_exact12", "n = 12 pairs, no ties and no zero differences (exact signed-rank distribution); set.seed(12)",
            x = w12_x, y = w12_y)
add_dataset("wilcox_ties", "n = 16 Likert pairs, tied |differences| but no zero differences (normal approximation with tie correction)",
            x = c(4, 5, 3, 4, 2, 5, 4, 3, 5, 1, 4, 3, 2, 5, 4, 3),
            y = c(3, 3, 4, 2, 1, 4, 2, 2, 3, 2, 3, 1, 3, 4, 1, 2))
set.seed(3333)
cm_items_pre <- matrix(sample(2:5, 40 * 3, replace = TRUE), ncol = 3)
cm_items_post <- pmin(cm_items_pre + matrix(sample(0:1, 40 * 3, replace = TRUE, prob = c(0.6, 0.4)), ncol = 3), 5)
add_dataset("cluster_means", "n = 40 pairs of cluster scores, each the mean of 3 integer items (differences are multiples of 1/3, so floating-point noise separates equal |differences| unless ranks use digits.rank); set.seed(3333)",
            x = rowMeans(cm_items_post), y = rowMeans(cm_items_pre))
add_dataset("wilcox_zeros", "n = 14 Likert pairs with 5 zero differences (dropped) and ties",
            x = c(3, 4, 4, 5, 2, 3, 4, 5, 3, 2, 4, 3, 5, 4),
            y = c(3, 2, 4, 3, 2, 2, 5, 5, 1, 3, 3, 3, 4, 2))

# --- 1.7 Numerics at the edges (issue 11, finding 7)
# Data far from zero, near the overflow range, and differences that are
# constant up to rounding. Offsets: values 1e8 + v and 1e9 + v, where v has two
# decimals; the JSON holds the exact doubles (1e8 + 3.17 is not 100000003.17).
gen_offset <- function(n, seed, offset) {
  set.seed(seed)
  vy <- round(rnorm(n, 3, 0.8), 2)
  vx <- round(vy + rnorm(n, 0.4, 0.5), 2)
  list(x = offset + vx, y = offset + vy)
}
off8 <- gen_offset(40, 108, 1e8)
off9 <- gen_offset(40, 110, 1e9)
add_dataset("offset_1e8", "continuous pairs offset by 1e8: y = 1e8 + round(N(3, 0.8), 2), x = 1e8 + round(y - 1e8 + N(0.4, 0.5), 2), n = 40; set.seed(108)",
            x = off8$x, y = off8$y)
add_dataset("offset_1e9", "as offset_1e8 with offset 1e9; set.seed(110)",
            x = off9$x, y = off9$y)
add_dataset("overflow_1e308", "two values 1e308: their sum overflows a double (R's mean sums in long double)",
            x = c(1e308, 1e308))
add_dataset("overflow_near_max", "five values between 1.6e308 and 1.75e308: the sum overflows, and so does the variance (about 3.6e614; R's var and sd are Inf)",
            x = c(1.7e308, 1.6e308, 1.75e308, 1.65e308, 1.72e308))
# 2^664 is about 1.2e200; multiplying by a power of two is exact, so r and its
# test are those of the unscaled values. R's cor() overflows in the
# cross-products there and returns NaN (recorded in the cases' notes).
huge_scale <- 2^664
add_dataset("huge_1e200", "pairs near 1e200: x = (1.1, 2, 3.3, 4, 5.2, 2.7) * 2^664, y = (2, 1, 4, 3, 5, 2.2) * 2^664, n = 6",
            x = c(1.1, 2, 3.3, 4, 5.2, 2.7) * huge_scale, y = c(2, 1, 4, 3, 5, 2.2) * huge_scale)
add_dataset("tiny_1e-200", "pairs near 1e-200: the huge_1e200 values times 2^-1328 (squares underflow a double; R's cor() returns NaN)",
            x = c(1.1, 2, 3.3, 4, 5.2, 2.7) / huge_scale, y = c(2, 1, 4, 3, 5, 2.2) / huge_scale)
add_dataset("near_constant_diff", "x - y is 0.1 up to rounding (0.10000000000000009, 0.10000000000000009, 0.09999999999999964, 0.10000000000000053): t.test stops with \"data are essentially constant\"",
            x = c(1.1, 2.2, 3.3, 4.4), y = c(1.0, 2.1, 3.2, 4.3))
add_dataset("exact_linear", "x = 2y + 1 exactly (n = 4): r = 1 (R's cor clamps to [-1, 1]; a plain double computation gives 1.0000000000000002), so d_rm = 0",
            x = c(3, 5, 7, 9), y = c(1, 2, 3, 4))

# Sanity checks on the designed properties.
local({
  no_ties <- function(d) {
    a <- sort(abs(d))
    all(d != 0) && min(diff(a)) > 1e-9
  }
  stopifnot(no_ties(w8_x - w8_y), no_ties(w12_x - w12_y), no_ties(n60_x - n60_y))
  d <- datasets$wilcox_ties$x - datasets$wilcox_ties$y
  stopifnot(all(d != 0), anyDuplicated(abs(d)) > 0)
  d <- datasets$wilcox_zeros$x - datasets$wilcox_zeros$y
  stopifnot(sum(d == 0) == 5)
  stopifnot(sum(datasets$null_effect$x - datasets$null_effect$y) == 0)
  stopifnot(all(unlist(c(items3, items4, items6, items_neg)) %in% 1:5))
  stopifnot(!is.finite(sum(datasets$overflow_1e308$x)),  # a double sum overflows
            is.nan(suppressWarnings(cor(datasets$huge_1e200$x, datasets$huge_1e200$y))),
            is.nan(suppressWarnings(cor(datasets$`tiny_1e-200`$x, datasets$`tiny_1e-200`$y))),
            cor(datasets$exact_linear$x, datasets$exact_linear$y) == 1,
            length(unique(datasets$near_constant_diff$x - datasets$near_constant_diff$y)) > 1)
})

# Dataset accessors.
dx <- function(name) datasets[[name]]$x
dy <- function(name) datasets[[name]]$y
ditems <- function(name) datasets[[name]]$items

# =============================================================================
# 2. Reference cases, one section per TypeScript function
# =============================================================================

# -----------------------------------------------------------------------------
# 2.1 descriptives(x): n, missing, mean, sd, variance, median, q1, q3, min, max
# sd and variance use n - 1; quartiles are R's default quantile type 7.
# -----------------------------------------------------------------------------
descriptives_case <- function(id, dataset, column) {
  x <- datasets[[dataset]][[column]]
  q <- quantile(x, c(0.25, 0.75), type = 7, na.rm = TRUE, names = FALSE)
  add_case("descriptives", id, dataset,
           input = list(x = I(x)),
           expected = list(
             n = sum(!is.na(x)), missing = sum(is.na(x)),
             mean = mean(x, na.rm = TRUE), sd = sd(x, na.rm = TRUE),
             variance = var(x, na.rm = TRUE), median = median(x, na.rm = TRUE),
             q1 = q[1], q3 = q[2],
             min = min(x, na.rm = TRUE), max = max(x, na.rm = TRUE)),
           r_call = sprintf("x <- datasets$%s$%s; list(n = sum(!is.na(x)), missing = sum(is.na(x)), mean = mean(x, na.rm = TRUE), sd = sd(x, na.rm = TRUE), variance = var(x, na.rm = TRUE), median = median(x, na.rm = TRUE), q1 = quantile(x, 0.25, type = 7, na.rm = TRUE), q3 = quantile(x, 0.75, type = 7, na.rm = TRUE), min = min(x, na.rm = TRUE), max = max(x, na.rm = TRUE))",
                            dataset, column))
}
descriptives_case("likert51-x", "likert51", "x")
descriptives_case("likert51-y", "likert51", "y")
descriptives_case("likert31_na-y", "likert31_na", "y")
descriptives_case("likert20-x", "likert20", "x")
descriptives_case("pairs_n2-x", "pairs_n2", "x")
descriptives_case("large_1e6-x", "large_1e6", "x")
descriptives_case("mixed_magnitude-x", "mixed_magnitude", "x")
descriptives_case("normal15-x", "normal15", "x")
descriptives_case("normal60-y", "normal60", "y")
descriptives_case("constant-x", "constant", "x")
descriptives_case("single_value-x", "single_value", "x")
descriptives_case("offset_1e8-x", "offset_1e8", "x")
descriptives_case("offset_1e9-y", "offset_1e9", "y")
descriptives_case("overflow_1e308-x", "overflow_1e308", "x")
# overflow_near_max: R's mean is right (long double), its var overflows to Inf
# (the true variance, about 3.6e614, exceeds the largest double), so its sd is
# Inf too. The sd expected here is R's sd of the values rescaled by 2^-1000
# (exact), times 2^1000 (exact): the finite, correctly rounded SD.
local({
  x <- datasets$overflow_near_max$x
  q <- quantile(x, c(0.25, 0.75), type = 7, names = FALSE)
  k <- 2^1000
  stopifnot(is.finite(mean(x)), var(x) == Inf, sd(x) == Inf)
  add_case("descriptives", "overflow_near_max-x", "overflow_near_max",
           input = list(x = I(x)),
           expected = list(n = length(x), missing = 0, mean = mean(x), sd = sd(x / k) * k,
                           variance = var(x), median = median(x), q1 = q[1], q3 = q[2],
                           min = min(x), max = max(x)),
           r_call = "list(mean = mean(x), sd = sd(x / 2^1000) * 2^1000, variance = var(x), median = median(x), q1 = quantile(x, 0.25), q3 = quantile(x, 0.75), min = min(x), max = max(x))",
           note = "R's sd(x) is Inf (its variance overflows); sd is R's sd of x / 2^1000 times 2^1000, both exact scalings")
})

# -----------------------------------------------------------------------------
# 2.2 cronbachAlpha(items, level): psych::alpha on the complete rows.
#
# psych::alpha() uses pairwise-complete covariances by default; the library
# deletes incomplete rows listwise, so the rows with an NA are removed before
# psych sees the data.
#
# Feldt, Woodruff & Salih (1987) interval, by hand:
#   lower = 1 - (1 - alpha) * qf(1 - (1 - level)/2, n - 1, (n - 1)(k - 1))
#   upper = 1 - (1 - alpha) * qf((1 - level)/2,     n - 1, (n - 1)(k - 1))
# psych 2.2.9 computes its $feldt element with alpha.ci(), which is the same
# formula with n = number of rows and k = number of items; the check below
# requires agreement to 1e-12 (at level 0.95 against $feldt, at any level
# against alpha.ci(p.val = 1 - level)). No difference was found.
#
# alphaIfDeleted: psych's alpha.drop$raw_alpha. For k = 2 psych reports
# C[1,2]/C[2,2] (a regression slope, not an alpha: alpha is undefined for a
# single remaining item), so the JSON has null there.
# correctedItemTotal: psych's r.drop, the correlation of each item with the
# sum of the other items (checked by hand below).
# -----------------------------------------------------------------------------
alpha_case <- function(id, dataset, level = 0.95) {
  items <- ditems(dataset)
  df_items <- as.data.frame(setNames(items, paste0("item", seq_along(items))))
  complete <- df_items[stats::complete.cases(df_items), , drop = FALSE]
  k <- ncol(complete)
  n <- nrow(complete)
  a <- quietly(psych::alpha(complete, check.keys = FALSE, warnings = FALSE))
  raw <- a$total$raw_alpha
  std <- a$total$std.alpha

  # Hand formulas for alpha and standardized alpha.
  C <- cov(complete)
  R <- cor(complete)
  rbar <- mean(R[upper.tri(R)])
  stopifnot(abs(raw - k / (k - 1) * (1 - sum(diag(C)) / sum(C))) < 1e-12,
            abs(std - k * rbar / (1 + (k - 1) * rbar)) < 1e-12)

  # Feldt interval by hand, checked against psych.
  q <- 1 - level
  df1 <- n - 1
  df2 <- (n - 1) * (k - 1)
  feldt_lower <- 1 - (1 - raw) * qf(1 - q / 2, df1, df2)
  feldt_upper <- 1 - (1 - raw) * qf(q / 2, df1, df2)
  ci_psych <- psych::alpha.ci(raw, n, k, p.val = q)
  stopifnot(abs(feldt_lower - ci_psych$lower.ci) < 1e-12,
            abs(feldt_upper - ci_psych$upper.ci) < 1e-12)
  if (level == 0.95) {
    stopifnot(abs(feldt_lower - unlist(a$feldt$lower.ci)) < 1e-12,
              abs(feldt_upper - unlist(a$feldt$upper.ci)) < 1e-12)
  }

  # Alpha if item deleted (k > 2 only), checked by hand.
  if (k > 2) {
    alpha_drop <- a$alpha.drop$raw_alpha
    hand_drop <- vapply(seq_len(k), function(i) {
      Ci <- C[-i, -i]
      (k - 1) / (k - 2) * (1 - sum(diag(Ci)) / sum(Ci))
    }, numeric(1))
    stopifnot(max(abs(alpha_drop - hand_drop)) < 1e-12)
  } else {
    alpha_drop <- rep(NA_real_, k)
  }

  # Corrected item-total correlation, checked by hand.
  r_drop <- a$item.stats$r.drop
  hand_rdrop <- vapply(seq_len(k), function(i) {
    cor(complete[[i]], rowSums(complete[, -i, drop = FALSE]))
  }, numeric(1))
  stopifnot(max(abs(r_drop - hand_rdrop)) < 1e-12)

  add_case("cronbachAlpha", id, dataset,
           input = list(items = lapply(items, I), level = level),
           expected = list(alpha = raw, standardizedAlpha = std, k = k, n = n,
                           feldtLower = feldt_lower, feldtUpper = feldt_upper,
                           alphaIfDeleted = I(alpha_drop),
                           correctedItemTotal = I(r_drop)),
           r_call = sprintf(paste0(
             "d <- as.data.frame(datasets$%s$items); d <- d[complete.cases(d), ]; ",
             "a <- psych::alpha(d, check.keys = FALSE, warnings = FALSE); ",
             "a$total$raw_alpha; a$total$std.alpha; a$alpha.drop$raw_alpha; a$item.stats$r.drop; ",
             "1 - (1 - a$total$raw_alpha) * qf(c(%s, %s), nrow(d) - 1, (nrow(d) - 1) * (ncol(d) - 1))"),
             dataset, fmt_num(1 - q / 2), fmt_num(q / 2)),
           note = if (k == 2) "k = 2: alpha if item deleted is undefined (one item left); psych reports C[1,2]/C[2,2] instead, exported as null" else NULL)
}
alpha_case("items3", "items3")
alpha_case("items4", "items4")
alpha_case("items6", "items6")
alpha_case("items6-level90", "items6", level = 0.90)
alpha_case("items4-level90", "items4", level = 0.90)
alpha_case("items2-k2", "items2")
alpha_case("items_negative", "items_negative")
alpha_case("items4_na-listwise", "items4_na")
alpha_case("n2-k2", "alpha_n2_k2")

# A constant item. psych::alpha() drops zero-variance items (with a warning),
# still counts them in the total score and reports alpha over the remaining
# items, so it is not used here: the values are the formulas above over all
# k items, in base R. cor() with a constant column is NA (null in the JSON),
# which makes the standardized alpha and that item's corrected item-total
# correlation null.
add_dataset("items_constant", "3 items, n = 6, the second constant (zero variance)",
            items = list(c(1, 2, 3, 4, 2, 5), c(2, 2, 2, 2, 2, 2), c(1, 3, 2, 4, 3, 4)))
local({
  items <- ditems("items_constant")
  d <- as.data.frame(setNames(items, paste0("item", seq_along(items))))
  k <- ncol(d)
  n <- nrow(d)
  C <- cov(d)
  raw <- k / (k - 1) * (1 - sum(diag(C)) / sum(C))
  R <- suppressWarnings(cor(d))
  rbar <- mean(R[upper.tri(R)])
  std <- k * rbar / (1 + (k - 1) * rbar)
  alpha_drop <- vapply(seq_len(k), function(i) {
    Ci <- C[-i, -i]
    (k - 1) / (k - 2) * (1 - sum(diag(Ci)) / sum(Ci))
  }, numeric(1))
  r_drop <- vapply(seq_len(k), function(i) {
    suppressWarnings(cor(d[[i]], rowSums(d[, -i, drop = FALSE])))
  }, numeric(1))
  stopifnot(is.na(std), is.na(r_drop[2]), all(is.finite(c(raw, alpha_drop, r_drop[-2]))))
  psych_alpha <- quietly(psych::alpha(d, check.keys = FALSE, warnings = FALSE))$total$raw_alpha
  add_case("cronbachAlpha", "items_constant-hand-formula", "items_constant",
           input = list(items = lapply(items, I), level = 0.95),
           expected = list(alpha = raw, standardizedAlpha = std, k = k, n = n,
                           feldtLower = 1 - (1 - raw) * qf(0.975, n - 1, (n - 1) * (k - 1)),
                           feldtUpper = 1 - (1 - raw) * qf(0.025, n - 1, (n - 1) * (k - 1)),
                           alphaIfDeleted = I(alpha_drop), correctedItemTotal = I(r_drop)),
           r_call = paste0("C <- cov(d); k / (k - 1) * (1 - sum(diag(C)) / sum(C)); ",
                           "standardized alpha and r.drop from cor(), NA for the constant item; ",
                           "Feldt bounds 1 - (1 - alpha) * qf(c(0.975, 0.025), n - 1, (n - 1) * (k - 1))"),
           note = sprintf("base-R formulas over all k items; psych::alpha() would drop the constant item and report %s",
                          fmt_num(psych_alpha)))
})

# -----------------------------------------------------------------------------
# 2.3 pairedTTest(x, y, alternative, level): t.test(x, y, paired = TRUE).
# Differences are x - y; incomplete pairs are dropped (complete.cases).
# One-sided intervals have one infinite bound ("Inf" / "-Inf" in the JSON).
# -----------------------------------------------------------------------------
paired_t_case <- function(id, dataset, alternative = "two-sided", level = 0.95) {
  x <- dx(dataset)
  y <- dy(dataset)
  tt <- t.test(x, y, paired = TRUE, alternative = r_alt(alternative), conf.level = level)
  ok <- stats::complete.cases(x, y)
  d <- x[ok] - y[ok]
  n <- length(d)
  stopifnot(close_to(tt$stderr, sd(d) / sqrt(n), 1e-14),
            close_to(unname(tt$estimate), mean(d), 1e-14))
  add_case("pairedTTest", id, dataset,
           input = list(x = I(x), y = I(y), alternative = alternative, level = level),
           expected = list(t = unname(tt$statistic), df = unname(tt$parameter),
                           pValue = tt$p.value, meanDifference = unname(tt$estimate),
                           sdDifference = sd(d), standardError = tt$stderr,
                           ciLower = tt$conf.int[1], ciUpper = tt$conf.int[2],
                           n = n, nExcluded = length(x) - n),
           r_call = sprintf("t.test(x, y, paired = TRUE, alternative = \"%s\", conf.level = %s)",
                            r_alt(alternative), fmt_num(level)))
}
paired_t_case("likert51-two-sided", "likert51")
paired_t_case("likert51-greater", "likert51", "greater")
paired_t_case("likert51-less-level90", "likert51", "less", 0.90)
paired_t_case("likert31-two-sided-level90", "likert31", "two-sided", 0.90)
paired_t_case("likert31_na-two-sided", "likert31_na")
paired_t_case("likert31_na-less", "likert31_na", "less")
paired_t_case("likert20-two-sided", "likert20")
paired_t_case("pairs_n2-two-sided", "pairs_n2")
paired_t_case("pairs_n3-greater", "pairs_n3", "greater")
paired_t_case("large_1e6-two-sided", "large_1e6")
paired_t_case("mixed_magnitude-two-sided", "mixed_magnitude")
paired_t_case("strong_effect-two-sided", "strong_effect")
paired_t_case("strong_effect-greater", "strong_effect", "greater")
paired_t_case("strong_effect-less", "strong_effect", "less")
paired_t_case("null_effect-two-sided", "null_effect")
paired_t_case("normal15-less-level99", "normal15", "less", 0.99)
paired_t_case("normal60-two-sided", "normal60")
paired_t_case("offset_1e8-two-sided", "offset_1e8")
paired_t_case("offset_1e9-greater", "offset_1e9", "greater")

# -----------------------------------------------------------------------------
# 2.4 Paired standardized mean differences with noncentral-t intervals.
#
# d = x - y, n pairs, df = n - 1, t = mean(d) / (sd(d) / sqrt(n)).
# lambdaLower: pt(t, df, ncp = lambdaLower) = 1 - (1 - level)/2
# lambdaUpper: pt(t, df, ncp = lambdaUpper) = (1 - level)/2
# (uniroot, tol = 1e-14). The interval for the noncentrality parameter is
# rescaled to each effect size:
#   d_z  = mean(d)/sd(d)                          CI = lambda / sqrt(n)
#   d_av = mean(d)/((sd(x) + sd(y))/2)            CI = lambda / sqrt(n) * sd(d) / ((sd(x) + sd(y))/2)
#   d_rm = mean(d)/sqrt(sx^2 + sy^2 - 2 r sx sy) * sqrt(2(1 - r))
#                                                 CI = lambda / sqrt(n) * sqrt(2(1 - r))
# (Lakens 2013, eqs. 9 and 10). Hedges' g_* = J * d_* with the exact
# J = exp(lgamma(df/2) - log(sqrt(df/2)) - lgamma((df - 1)/2)), bounds times J.
#
# Cross-check: effectsize 0.8.3 cohens_d(x, y, paired = TRUE) computes d_z
# (mean(x - y) / sd(x - y)) with a noncentral-t interval (ncp / sqrt(n)), and
# hedges_g(paired = TRUE) multiplies by the same exact J. Its ncp search uses
# optim() with abstol 1e-9 instead of a root finder, so the interval bounds
# agree only to about 1e-5; the estimate agrees to rounding.
#
# R's pt() switches to a normal approximation when |ncp| > 37.62 (pnt.c); the
# strong_effect case has an upper bound beyond that and is marked in a note.
# -----------------------------------------------------------------------------
effect_size_tolerance_effectsize <- 1e-4  # relative, for the optim()-based bounds
max_effectsize_diff <- 0

# The R code behind each effect-size case, as text for r_call.
es_r_call <- function(fn, level) {
  ncp_part <- sprintf(paste0(
    "d <- x - y; n <- length(d); df <- n - 1; t <- mean(d) / (sd(d) / sqrt(n)); ",
    "ncp <- function(p) uniroot(function(l) pt(t, df, l) - p, c(t - 2, t + 2), extendInt = \"yes\", tol = 1e-14)$root; ",
    "lambda <- c(ncp(%s), ncp(%s)); "), fmt_num(1 - (1 - level) / 2), fmt_num((1 - level) / 2))
  base <- switch(sub("^(cohensD|hedgesG)", "", fn),
    z = "c(mean(d) / sd(d), lambda / sqrt(n))",
    av = "{ s <- (sd(x) + sd(y)) / 2; c(mean(d) / s, lambda / sqrt(n) * sd(d) / s) }",
    rm = "{ r <- cor(x, y); c(mean(d) / sqrt(sd(x)^2 + sd(y)^2 - 2 * r * sd(x) * sd(y)) * sqrt(2 * (1 - r)), lambda / sqrt(n) * sqrt(2 * (1 - r))) }")
  if (startsWith(fn, "hedgesG")) {
    paste0(ncp_part, "J <- exp(lgamma(df/2) - log(sqrt(df/2)) - lgamma((df - 1)/2)); c(J * ", base, ", J)")
  } else {
    paste0(ncp_part, base)
  }
}

paired_effect_sizes <- function(id, dataset, level = 0.95) {
  x <- dx(dataset)
  y <- dy(dataset)
  d <- x - y
  n <- length(d)
  df <- n - 1
  t <- mean(d) / (sd(d) / sqrt(n))
  lambda_lower <- solve_ncp(t, df, 1 - (1 - level) / 2)
  lambda_upper <- solve_ncp(t, df, (1 - level) / 2)
  sx <- sd(x)
  sy <- sd(y)
  r <- cor(x, y)
  J <- hedges_j(df)

  dz <- mean(d) / sd(d)
  dz_ci <- c(lambda_lower, lambda_upper) / sqrt(n)
  dav <- mean(d) / ((sx + sy) / 2)
  dav_ci <- c(lambda_lower, lambda_upper) / sqrt(n) * sd(d) / ((sx + sy) / 2)
  drm <- mean(d) / sqrt(sx^2 + sy^2 - 2 * r * sx * sy) * sqrt(2 * (1 - r))
  drm_ci <- c(lambda_lower, lambda_upper) / sqrt(n) * sqrt(2 * (1 - r))
  stopifnot(close_to(drm, dz * sqrt(2 * (1 - r)), 1e-10))

  # Cross-check against effectsize (d_z in effectsize 0.8.3).
  es_d <- effectsize::cohens_d(x, y, paired = TRUE, ci = level, verbose = FALSE)
  es_g <- effectsize::hedges_g(x, y, paired = TRUE, ci = level, verbose = FALSE)
  stopifnot(close_to(es_d$Cohens_d, dz, 1e-12), close_to(es_g$Hedges_g, dz * J, 1e-12))
  es_diff <- max(abs(c(es_d$CI_low - dz_ci[1], es_d$CI_high - dz_ci[2],
                       es_g$CI_low - J * dz_ci[1], es_g$CI_high - J * dz_ci[2])) /
                   pmax(1, abs(c(dz_ci, J * dz_ci))))
  stopifnot(es_diff < effect_size_tolerance_effectsize)
  max_effectsize_diff <<- max(max_effectsize_diff, es_diff)

  note <- if (max(abs(c(lambda_lower, lambda_upper))) > 37.62) {
    "an ncp bound exceeds 37.62, where R's pt() uses a normal approximation (pnt.c)"
  } else NULL
  input <- list(x = I(x), y = I(y), level = level)
  details <- list(t = t, df = df, ncpLower = lambda_lower, ncpUpper = lambda_upper,
                  sdX = sx, sdY = sy, r = r)
  specs <- list(
    cohensDz = list(est = dz, ci = dz_ci),
    cohensDav = list(est = dav, ci = dav_ci),
    cohensDrm = list(est = drm, ci = drm_ci))
  for (name in names(specs)) {
    s <- specs[[name]]
    add_case(name, id, dataset, input = input,
             expected = list(estimate = s$est, ciLower = s$ci[1], ciUpper = s$ci[2], n = n),
             r_call = es_r_call(name, level), details = details, note = note)
    hedges_name <- sub("^cohensD", "hedgesG", name)
    add_case(hedges_name, id, dataset, input = input,
             expected = list(estimate = J * s$est, ciLower = J * s$ci[1],
                             ciUpper = J * s$ci[2], n = n, correction = J),
             r_call = es_r_call(hedges_name, level), details = details, note = note)
  }
}
paired_effect_sizes("likert51-level95", "likert51", 0.95)
paired_effect_sizes("likert51-level90", "likert51", 0.90)
paired_effect_sizes("likert31-level95", "likert31", 0.95)
paired_effect_sizes("likert20-level90", "likert20", 0.90)
paired_effect_sizes("normal15-level95", "normal15", 0.95)
paired_effect_sizes("normal60-level90", "normal60", 0.90)
paired_effect_sizes("null_effect-level95", "null_effect", 0.95)
paired_effect_sizes("pairs_n3-level95", "pairs_n3", 0.95)
paired_effect_sizes("large_1e6-level95", "large_1e6", 0.95)
paired_effect_sizes("strong_effect-level95", "strong_effect", 0.95)
paired_effect_sizes("offset_1e8-level95", "offset_1e8", 0.95)
paired_effect_sizes("offset_1e9-level95", "offset_1e9", 0.95)
# r = cor(x, y) = 1 exactly (R clamps), so d_rm = g_rm = 0 with interval [0, 0].
paired_effect_sizes("exact_linear-level95", "exact_linear", 0.95)

# n = 2 (df = 1): Cohen's d is defined; Hedges' J(1) = 0 (lgamma(0) = Inf), so
# the Hedges versions are listed under "errors" instead.
local({
  x <- dx("pairs_n2"); y <- dy("pairs_n2"); d <- x - y; n <- 2; df <- 1
  t <- mean(d) / (sd(d) / sqrt(n))
  lam <- c(solve_ncp(t, df, 0.975), solve_ncp(t, df, 0.025))
  sx <- sd(x); sy <- sd(y); r <- cor(x, y)
  input <- list(x = I(x), y = I(y), level = 0.95)
  details <- list(t = t, df = df, ncpLower = lam[1], ncpUpper = lam[2], sdX = sx, sdY = sy, r = r)
  add_case("cohensDz", "pairs_n2-level95", "pairs_n2", input,
           list(estimate = mean(d) / sd(d), ciLower = lam[1] / sqrt(n), ciUpper = lam[2] / sqrt(n), n = n),
           es_r_call("cohensDz", 0.95), details = details)
  s <- (sx + sy) / 2
  add_case("cohensDav", "pairs_n2-level95", "pairs_n2", input,
           list(estimate = mean(d) / s, ciLower = lam[1] / sqrt(n) * sd(d) / s,
                ciUpper = lam[2] / sqrt(n) * sd(d) / s, n = n),
           es_r_call("cohensDav", 0.95), details = details)
  # With n = 2, r = cor(x, y) is always +1 or -1; here r = 1, so d_rm = 0 with CI [0, 0].
})

# -----------------------------------------------------------------------------
# 2.5 pearson(x, y, alternative, level): cor.test(method = "pearson").
# The Fisher-z interval needs n >= 4; for n = 3 R gives no interval (null).
# One-sided intervals end at -1 or 1.
# -----------------------------------------------------------------------------
pearson_case <- function(id, dataset, alternative = "two-sided", level = 0.95) {
  x <- dx(dataset)
  y <- dy(dataset)
  ct <- cor.test(x, y, method = "pearson", alternative = r_alt(alternative), conf.level = level)
  ci <- if (is.null(ct$conf.int)) c(NA_real_, NA_real_) else as.numeric(ct$conf.int)
  add_case("pearson", id, dataset,
           input = list(x = I(x), y = I(y), alternative = alternative, level = level),
           expected = list(r = unname(ct$estimate), t = unname(ct$statistic),
                           df = unname(ct$parameter), pValue = ct$p.value,
                           ciLower = ci[1], ciUpper = ci[2],
                           n = sum(stats::complete.cases(x, y))),
           r_call = sprintf("cor.test(x, y, method = \"pearson\", alternative = \"%s\", conf.level = %s)",
                            r_alt(alternative), fmt_num(level)))
}
pearson_case("likert51-two-sided", "likert51")
pearson_case("likert51-greater", "likert51", "greater")
pearson_case("normal15-less", "normal15", "less")
pearson_case("normal60-two-sided-level90", "normal60", "two-sided", 0.90)
pearson_case("corr_n4-two-sided", "corr_n4")
pearson_case("pairs_n3-two-sided", "pairs_n3")
pearson_case("near_perfect-two-sided", "near_perfect")
pearson_case("strong_effect-two-sided", "strong_effect")
pearson_case("mixed_magnitude-two-sided", "mixed_magnitude")
pearson_case("large_1e6-two-sided", "large_1e6")
pearson_case("likert31_na-two-sided", "likert31_na")
pearson_case("offset_1e8-two-sided", "offset_1e8")
pearson_case("offset_1e9-less", "offset_1e9", "less")
# huge_1e200 and tiny_1e-200: R's cor.test on the data gives r = NaN (its
# cross-products overflow, or underflow to 0). r, t, p and the interval do not
# change when both columns are multiplied by a power of two, and x / 2^664,
# x * 2^664 are exact, so the expected values are R's cor.test on the values
# brought back near 1.
local({
  for (spec in list(list(name = "huge_1e200", k = 1 / huge_scale), list(name = "tiny_1e-200", k = huge_scale))) {
    x <- dx(spec$name); y <- dy(spec$name)
    for (alt in c("two-sided", "greater")) {
      ct <- cor.test(x * spec$k, y * spec$k, method = "pearson", alternative = r_alt(alt))
      add_case("pearson", paste0(spec$name, "-", alt), spec$name,
               input = list(x = I(x), y = I(y), alternative = alt, level = 0.95),
               expected = list(r = unname(ct$estimate), t = unname(ct$statistic),
                               df = unname(ct$parameter), pValue = ct$p.value,
                               ciLower = ct$conf.int[1], ciUpper = ct$conf.int[2], n = length(x)),
               r_call = sprintf("cor.test(x * %s, y * %s, method = \"pearson\", alternative = \"%s\")",
                                if (spec$k > 1) "2^664" else "2^-664", if (spec$k > 1) "2^664" else "2^-664", r_alt(alt)),
               note = paste0("R on the unscaled data: ",
                             describe_behaviour(cor.test(x, y, alternative = r_alt(alt))$estimate)))
    }
  }
})

# -----------------------------------------------------------------------------
# 2.6 spearman(x, y, alternative): cor.test(method = "spearman", exact = FALSE).
# rho = cor(rank(x), rank(y)) with average ranks for ties; the p-value is the
# t approximation t = rho * sqrt((n - 2)/(1 - rho^2)), df = n - 2 (R's
# pspearman() with exact = FALSE, continuity = FALSE).
# -----------------------------------------------------------------------------
spearman_case <- function(id, dataset, alternative = "two-sided") {
  x <- dx(dataset)
  y <- dy(dataset)
  ct <- cor.test(x, y, method = "spearman", exact = FALSE, alternative = r_alt(alternative))
  rho <- unname(ct$estimate)
  n <- length(x)
  stopifnot(identical(rho, cor(rank(x), rank(y))), abs(rho) < 1)  # |rho| = 1 gives t = Inf
  t <- rho * sqrt((n - 2) / (1 - rho^2))
  p_hand <- switch(alternative,
                   "two-sided" = min(1, 2 * pt(-abs(t), n - 2)),
                   greater = pt(t, n - 2, lower.tail = FALSE),
                   less = pt(t, n - 2))
  stopifnot(close_to(ct$p.value, p_hand, 1e-12))
  add_case("spearman", id, dataset,
           input = list(x = I(x), y = I(y), alternative = alternative),
           expected = list(rho = rho, t = t, df = n - 2, pValue = ct$p.value, n = n),
           r_call = sprintf("cor.test(x, y, method = \"spearman\", exact = FALSE, alternative = \"%s\")",
                            r_alt(alternative)))
}
spearman_case("likert51-two-sided", "likert51")
spearman_case("likert51-greater", "likert51", "greater")
spearman_case("likert31-less", "likert31", "less")
spearman_case("likert20-two-sided", "likert20")
spearman_case("normal15-two-sided", "normal15")
spearman_case("normal60-greater", "normal60", "greater")
spearman_case("corr_n4-two-sided", "corr_n4")
spearman_case("large_1e6-two-sided", "large_1e6")
spearman_case("wilcox_ties-two-sided", "wilcox_ties")

# -----------------------------------------------------------------------------
# 2.7 wilcoxonSignedRank(x, y, alternative, correct):
# wilcox.test(x, y, paired = TRUE, exact = NULL). Zero differences are dropped;
# R uses the exact distribution when fewer than 50 non-zero differences remain
# and there are no ties and no zeros, otherwise the normal approximation with
# tie correction (and continuity correction when correct = TRUE). For the
# normal cases z is recomputed here:
#   z = (V - n(n+1)/4 - CC) / sqrt(n(n+1)(2n+1)/24 - sum(t^3 - t)/48),
#   CC = 0.5 * sign(V - n(n+1)/4) (two-sided), 0.5 (greater), -0.5 (less).
# -----------------------------------------------------------------------------
wilcoxon_case <- function(id, dataset, alternative = "two-sided", correct = TRUE, digits_rank = Inf) {
  x <- dx(dataset)
  y <- dy(dataset)
  wt <- suppressWarnings(wilcox.test(x, y, paired = TRUE, alternative = r_alt(alternative),
                                     correct = correct, exact = NULL, digits.rank = digits_rank))
  d <- x - y
  d <- d[!is.na(d)]
  n_zero <- sum(d == 0)
  d <- d[d != 0]
  n <- length(d)
  ranked <- abs(if (is.finite(digits_rank)) signif(d, digits_rank) else d)
  method <- if (grepl("exact", wt$method)) "exact" else "normal"
  stopifnot(method == if (n < 50 && !anyDuplicated(rank(ranked)) && n_zero == 0) "exact" else "normal")
  V <- unname(wt$statistic)
  r <- rank(ranked)
  stopifnot(V == sum(r[d > 0]))
  expected <- list(statistic = V, pValue = wt$p.value, method = method, n = n, nZero = n_zero)
  if (method == "normal") {
    ties <- table(r)
    z0 <- V - n * (n + 1) / 4
    sigma <- sqrt(n * (n + 1) * (2 * n + 1) / 24 - sum(ties^3 - ties) / 48)
    cc <- if (!correct) 0 else switch(alternative, "two-sided" = sign(z0) * 0.5,
                                      greater = 0.5, less = -0.5)
    z <- (z0 - cc) / sigma
    p_hand <- switch(alternative, less = pnorm(z), greater = pnorm(z, lower.tail = FALSE),
                     "two-sided" = 2 * min(pnorm(z), pnorm(z, lower.tail = FALSE)))
    stopifnot(close_to(p_hand, wt$p.value, 1e-14))
    expected$z <- z
  }
  input <- list(x = I(x), y = I(y), alternative = alternative, correct = correct)
  if (is.finite(digits_rank)) input$digitsRank <- digits_rank
  add_case("wilcoxonSignedRank", id, dataset,
           input = input,
           expected = expected,
           r_call = sprintf("wilcox.test(x, y, paired = TRUE, alternative = \"%s\", correct = %s, exact = NULL, digits.rank = %s)",
                            r_alt(alternative), correct, digits_rank))
}
wilcoxon_case("exact8-two-sided", "wilcox_exact8")
wilcoxon_case("exact8-less", "wilcox_exact8", "less")
wilcoxon_case("exact8-greater", "wilcox_exact8", "greater")
wilcoxon_case("exact12-two-sided", "wilcox_exact12")
wilcoxon_case("exact12-greater", "wilcox_exact12", "greater")
wilcoxon_case("ties-two-sided", "wilcox_ties")
wilcoxon_case("ties-two-sided-uncorrected", "wilcox_ties", correct = FALSE)
wilcoxon_case("ties-less", "wilcox_ties", "less")
wilcoxon_case("zeros-two-sided", "wilcox_zeros")
wilcoxon_case("zeros-greater-uncorrected", "wilcox_zeros", "greater", correct = FALSE)
wilcoxon_case("normal60-two-sided", "normal60")
wilcoxon_case("normal60-two-sided-uncorrected", "normal60", correct = FALSE)
wilcoxon_case("normal60-less", "normal60", "less")
wilcoxon_case("likert51-two-sided", "likert51")
wilcoxon_case("likert51-greater", "likert51", "greater")
wilcoxon_case("likert31_na-two-sided", "likert31_na")
wilcoxon_case("null_effect-two-sided", "null_effect")
wilcoxon_case("strong_effect-two-sided", "strong_effect")
wilcoxon_case("cluster_means-digits7", "cluster_means", digits_rank = 7)
wilcoxon_case("cluster_means-digits7-greater", "cluster_means", "greater", digits_rank = 7)
wilcoxon_case("cluster_means-exact-ranks", "cluster_means")

# -----------------------------------------------------------------------------
# 2.8 holm(p) and benjaminiHochberg(p): p.adjust(p, "holm" / "BH").
# -----------------------------------------------------------------------------
set.seed(1212)
p_random12 <- signif(runif(12)^3, 4)
p_sets <- list(
  "five-increasing" = c(0.01, 0.02, 0.03, 0.04, 0.05),
  "ties" = c(0.01, 0.01, 0.03, 0.03, 0.2, 0.5),
  "with-ones" = c(1, 0.5, 1, 0.04, 0.001),
  "very-small" = c(1e-300, 1e-30, 2e-16, 0.049, 0.051),
  "single" = 0.03,
  "all-equal" = c(0.05, 0.05, 0.05, 0.05),
  "with-zero" = c(0, 0.01, 0.5),
  "random12-unsorted" = p_random12,
  "two-values-reversed" = c(0.04, 0.01),
  "with-na" = c(0.01, NA, 0.04, 0.03)
)
# With NA: p.adjust's default n = length(p) is evaluated lazily, after the NAs
# have been removed from p, so NAs stay NA and do not count as tests.
stopifnot(identical(p.adjust(c(0.01, NA, 0.04, 0.03), "holm"), c(0.03, NA, 0.06, 0.06)))
for (name in names(p_sets)) {
  p <- p_sets[[name]]
  add_case("holm", name, NULL, input = list(p = I(p)),
           expected = list(adjusted = I(p.adjust(p, "holm"))),
           r_call = sprintf("p.adjust(%s, \"holm\")", as_r_literal(p)))
  add_case("benjaminiHochberg", name, NULL, input = list(p = I(p)),
           expected = list(adjusted = I(p.adjust(p, "BH"))),
           r_call = sprintf("p.adjust(%s, \"BH\")", as_r_literal(p)),
           details = if (name == "random12-unsorted") list(seed = 1212, generated_by = "signif(runif(12)^3, 4)") else NULL)
}

# -----------------------------------------------------------------------------
# 2.9 pairedTTestPower(d, n, sigLevel, alternative):
# pwr::pwr.t.test(type = "paired")$power. pwr's power function (the p.body it
# evaluates) for paired data, nu = n - 1 and ncp = sqrt(n) * d:
#   two.sided: pt(qt(a/2, nu, lower = FALSE), nu, ncp, lower = FALSE)
#              + pt(-qt(a/2, nu, lower = FALSE), nu, ncp, lower = TRUE)
#   greater:   pt(qt(a, nu, lower = FALSE), nu, ncp, lower = FALSE)
#   less:      pt(qt(a, nu, lower = TRUE), nu, ncp, lower = TRUE)
# It is restated below and must reproduce pwr's value exactly.
# -----------------------------------------------------------------------------
power_paired <- function(d, n, sig_level, alternative) {
  nu <- n - 1
  ncp <- sqrt(n) * d
  switch(alternative,
         "two-sided" = {
           qu <- qt(sig_level / 2, nu, lower.tail = FALSE)
           pt(qu, nu, ncp = ncp, lower.tail = FALSE) + pt(-qu, nu, ncp = ncp, lower.tail = TRUE)
         },
         greater = pt(qt(sig_level, nu, lower.tail = FALSE), nu, ncp = ncp, lower.tail = FALSE),
         less = pt(qt(sig_level, nu, lower.tail = TRUE), nu, ncp = ncp, lower.tail = TRUE))
}

power_case <- function(id, d, n, sig_level = 0.05, alternative = "two-sided") {
  pw <- pwr::pwr.t.test(n = n, d = d, sig.level = sig_level, type = "paired",
                        alternative = r_alt(alternative))$power
  stopifnot(identical(pw, power_paired(d, n, sig_level, alternative)))
  add_case("pairedTTestPower", id, NULL,
           input = list(d = d, n = n, sigLevel = sig_level, alternative = alternative),
           expected = list(power = pw),
           r_call = sprintf("pwr::pwr.t.test(n = %s, d = %s, sig.level = %s, type = \"paired\", alternative = \"%s\")$power",
                            fmt_num(n), fmt_num(d), fmt_num(sig_level), r_alt(alternative)))
}
power_case("n51-d0.25", 0.25, 51)
power_case("n51-d0.4", 0.4, 51)
power_case("n51-d0.61", 0.61, 51)
power_case("n51-d0.4-greater", 0.4, 51, alternative = "greater")
power_case("n51-d-0.4-less", -0.4, 51, alternative = "less")
power_case("n51-d0.4-less-wrong-direction", 0.4, 51, alternative = "less")
power_case("n20-d0.5", 0.5, 20)
power_case("n20-d0.5-greater-alpha0.01", 0.5, 20, sig_level = 0.01, alternative = "greater")
power_case("n2-d1", 1, 2)
power_case("n2-d3-greater", 3, 2, alternative = "greater")
power_case("n31-d0", 0, 31)
power_case("n200-d0.2-alpha0.001", 0.2, 200, sig_level = 0.001)

# -----------------------------------------------------------------------------
# 2.10 minimumDetectableEffect(n, sigLevel, power, alternative): the d at which
# the power above equals `power`. pwr solves it with uniroot() at its default
# tolerance (about 1.2e-4), so the reference `d` is solved here with
# tol = 1e-14 on the same interval pwr uses (two.sided c(1e-7, 10), less
# c(-10, 5), greater c(-5, 10)); pwr's own value is exported as dPwr.
# -----------------------------------------------------------------------------
mde_interval <- function(alternative) switch(alternative, "two-sided" = c(1e-7, 10),
                                               less = c(-10, 5), greater = c(-5, 10))
mde_case <- function(id, n, power = 0.8, sig_level = 0.05, alternative = "two-sided") {
  d_pwr <- pwr::pwr.t.test(n = n, power = power, sig.level = sig_level, type = "paired",
                           alternative = r_alt(alternative))$d
  d <- no_warnings(uniroot(function(d) power_paired(d, n, sig_level, alternative) - power,
                           mde_interval(alternative), tol = 1e-14, maxiter = 10000)$root)
  stopifnot(abs(d - d_pwr) < 1e-3)
  add_case("minimumDetectableEffect", id, NULL,
           input = list(n = n, sigLevel = sig_level, power = power, alternative = alternative),
           expected = list(d = d, dPwr = d_pwr),
           r_call = sprintf(paste0(
             "uniroot(function(d) power(d) - %s, c(%s, %s), tol = 1e-14)$root with power() the pwr.t.test paired power function; ",
             "dPwr = pwr::pwr.t.test(n = %s, power = %s, sig.level = %s, type = \"paired\", alternative = \"%s\")$d"),
             fmt_num(power), fmt_num(mde_interval(alternative)[1]), fmt_num(mde_interval(alternative)[2]),
             fmt_num(n), fmt_num(power), fmt_num(sig_level), r_alt(alternative)),
           details = list(powerAtD = power_paired(d, n, sig_level, alternative)))
}
mde_case("n51-power0.8", 51)
mde_case("n51-power0.9-greater", 51, power = 0.9, alternative = "greater")
mde_case("n31-power0.8-less", 31, alternative = "less")
mde_case("n20-power0.8", 20)
mde_case("n20-power0.8-alpha0.01", 20, sig_level = 0.01)
mde_case("n3-power0.8", 3)
mde_case("n200-power0.95", 200, power = 0.95)

# -----------------------------------------------------------------------------
# 2.11 Distributions.
# noncentralTCdf: pt(t, df, ncp, lower.tail). R's pnt() (AS 243) aims at an
# absolute error below 1e-12, and an upper-tail value is computed as 1 - lower
# tail, so the grid keeps p above 1e-10 and any input for which R warns is
# skipped (none are in the list below).
# noncentralityForCdf: ncp with pt(t, df, ncp) = p, uniroot(tol = 1e-14).
# Central distributions include far tails (p near 1e-30 and smaller), where R
# keeps full relative accuracy.
# -----------------------------------------------------------------------------
nct_grid <- list(
  c(2, 10, 1, 1), c(2, 10, 1, 0), c(-1.5, 10, 1, 1), c(-1.5, 10, -1, 1), c(0, 5, 0.5, 1),
  c(0.5, 1, 0, 1), c(1, 1, 2, 1), c(3, 1, 2, 0), c(1.5, 2.5, 1, 1), c(-2, 2.5, -1.5, 0),
  c(4, 30, 3, 1), c(4, 30, 3, 0), c(10, 50, 10, 1), c(8, 50, 10, 1), c(12, 50, 10, 0),
  c(2.5, 1000, 2, 1), c(2.5, 100000, 2, 0), c(-3, 20, -2, 1), c(-0.5, 20, -3, 0),
  c(1.96, 60, 0.25 * sqrt(60), 1), c(6, 15, 4, 0), c(-4, 15, 0, 1), c(5, 3, 7, 1),
  c(0.1, 40, 0, 1), c(2, 2, 10, 1)
)
for (g in nct_grid) {
  t <- g[1]; df <- g[2]; ncp <- g[3]; lower <- g[4] == 1
  p <- no_warnings(pt(t, df, ncp = ncp, lower.tail = lower))
  stopifnot(p > 1e-10, p < 1 - 1e-10)
  add_case("noncentralTCdf", sprintf("t%s-df%s-ncp%s-%s", fmt_num(t), fmt_num(df), fmt_num(ncp),
                                     if (lower) "lower" else "upper"), NULL,
           input = list(t = t, df = df, ncp = ncp, lowerTail = lower),
           expected = list(p = p),
           r_call = sprintf("pt(%s, %s, ncp = %s, lower.tail = %s)", fmt_num(t), fmt_num(df), fmt_num(ncp), lower))
}

ncp_grid <- list(c(2.5, 10, 0.975), c(2.5, 10, 0.025), c(-1.2, 5, 0.5), c(0, 20, 0.9),
                 c(10, 50, 0.05), c(1, 1, 0.3), c(3, 2.5, 0.95), c(3.655, 50, 0.95),
                 c(-2, 30, 0.05))
for (g in ncp_grid) {
  t <- g[1]; df <- g[2]; p <- g[3]
  ncp <- solve_ncp(t, df, p)
  stopifnot(abs(pt(t, df, ncp) - p) < 1e-12)
  add_case("noncentralityForCdf", sprintf("t%s-df%s-p%s", fmt_num(t), fmt_num(df), fmt_num(p)), NULL,
           input = list(t = t, df = df, p = p), expected = list(ncp = ncp),
           r_call = sprintf("uniroot(function(l) pt(%s, %s, ncp = l) - %s, c(%s, %s), extendInt = \"yes\", tol = 1e-14)$root",
                            fmt_num(t), fmt_num(df), fmt_num(p), fmt_num(t - 2), fmt_num(t + 2)))
}

dist_case <- function(fn, id, input, value, r_call, name = "p") {
  add_case(fn, id, NULL, input = input, expected = setNames(list(value), name), r_call = r_call)
}

for (g in list(c(2.0085591121007611, 50, 1), c(-1.5, 10, 1), c(0.3, 1000, 1), c(0.3, 1000, 0),
               c(12.7, 1, 0), c(-3, 2.5, 1), c(-30, 10, 1), c(55, 30, 0), c(-40, 60, 1),
               c(1.5, 1e6, 1), c(0, 7, 1))) {
  lower <- g[3] == 1
  dist_case("tCdf", sprintf("t%s-df%s-%s", fmt_num(g[1]), fmt_num(g[2]), if (lower) "lower" else "upper"),
            list(t = g[1], df = g[2], lowerTail = lower), pt(g[1], g[2], lower.tail = lower),
            sprintf("pt(%s, %s, lower.tail = %s)", fmt_num(g[1]), fmt_num(g[2]), lower))
}
for (g in list(c(0.975, 50), c(0.025, 50), c(0.5, 3), c(0.9995, 1), c(0.95, 2.5),
               c(1e-10, 10), c(1e-30, 10), c(0.999, 1000), c(0.7, 30))) {
  dist_case("tQuantile", sprintf("p%s-df%s", fmt_num(g[1]), fmt_num(g[2])),
            list(p = g[1], df = g[2]), qt(g[1], g[2]),
            sprintf("qt(%s, %s)", fmt_num(g[1]), fmt_num(g[2])), name = "q")
}
for (g in list(c(1.959963984540054, 1), c(0, 1), c(1.5, 0), c(-8, 1), c(-11.5, 1),
               c(12, 0), c(-20, 1), c(-0.3, 1), c(3, 0))) {
  lower <- g[2] == 1
  dist_case("normalCdf", sprintf("x%s-%s", fmt_num(g[1]), if (lower) "lower" else "upper"),
            list(x = g[1], lowerTail = lower), pnorm(g[1], lower.tail = lower),
            sprintf("pnorm(%s, lower.tail = %s)", fmt_num(g[1]), lower))
}
for (p in c(0.975, 0.5, 0.3, 1e-10, 1e-30, 1 - 1e-10, 0.05, 0.999)) {
  dist_case("normalQuantile", sprintf("p%s", fmt_num(p)), list(p = p), qnorm(p),
            sprintf("qnorm(%s)", fmt_num(p)), name = "q")
}
for (g in list(c(3.841458820694124, 1, 1), c(0.5, 2, 1), c(100, 10, 0), c(20, 5.5, 1),
               c(1e-5, 3, 1), c(250, 50, 0), c(45, 30, 0), c(0.01, 1, 0))) {
  lower <- g[3] == 1
  dist_case("chiSquareCdf", sprintf("x%s-df%s-%s", fmt_num(g[1]), fmt_num(g[2]), if (lower) "lower" else "upper"),
            list(x = g[1], df = g[2], lowerTail = lower), pchisq(g[1], g[2], lower.tail = lower),
            sprintf("pchisq(%s, %s, lower.tail = %s)", fmt_num(g[1]), fmt_num(g[2]), lower))
}
for (g in list(c(3, 5, 10, 1), c(0.2, 50, 100, 1), c(100, 3, 40, 0), c(1, 1, 1, 1),
               c(4.5, 2.5, 7.5, 0), c(1.5, 50, 2500, 0), c(400, 5, 200, 0))) {
  lower <- g[4] == 1
  dist_case("fCdf", sprintf("x%s-df%s-%s-%s", fmt_num(g[1]), fmt_num(g[2]), fmt_num(g[3]), if (lower) "lower" else "upper"),
            list(x = g[1], df1 = g[2], df2 = g[3], lowerTail = lower),
            pf(g[1], g[2], g[3], lower.tail = lower),
            sprintf("pf(%s, %s, %s, lower.tail = %s)", fmt_num(g[1]), fmt_num(g[2]), fmt_num(g[3]), lower))
}
for (g in list(c(0.975, 50, 100), c(0.025, 50, 100), c(0.95, 1, 1), c(0.5, 3, 7),
               c(1e-10, 5, 5), c(0.975, 50, 150), c(0.05, 2, 2), c(0.95, 30, 60))) {
  dist_case("fQuantile", sprintf("p%s-df%s-%s", fmt_num(g[1]), fmt_num(g[2]), fmt_num(g[3])),
            list(p = g[1], df1 = g[2], df2 = g[3]), qf(g[1], g[2], g[3]),
            sprintf("qf(%s, %s, %s)", fmt_num(g[1]), fmt_num(g[2]), fmt_num(g[3])), name = "q")
}

# Extreme tails of every quantile function (issue 11, finding 7): p down to
# 1e-300 and up to 1 - 1e-15. For p close to 1, R inverts the upper tail
# (1 - p is exact for p >= 0.5), and so must the library. Each point listed is
# one where R's quantile gives back its p through R's own distribution
# function to 1e-12 relative in the smaller tail (checked here). Left out for
# that reason: qf far in the lower tail for several df (qf(1e-10, 1, 1) is 0,
# qf(1e-10, 2.5, 7.5) is off by 3e-8: R's qbeta) and qt(1e-300, df = 2.5 or 10).
tail_back <- function(q, p, cdf) {
  lower <- p <= 0.5
  abs(cdf(q, lower) / (if (lower) p else 1 - p) - 1)
}
for (g in list(c(1e-300, 1), c(1e-300, 1000), c(1e-100, 2.5), c(1e-15, 10), c(1e-10, 1),
               c(1 - 1e-10, 1), c(1 - 1e-10, 10), c(1 - 1e-10, 3e5), c(1 - 1e-15, 2.5),
               c(1 - 1e-15, 1000))) {
  q <- qt(g[1], g[2])
  stopifnot(is.finite(q), tail_back(q, g[1], function(v, lower) pt(v, g[2], lower.tail = lower)) < 1e-12)
  dist_case("tQuantile", sprintf("tail-p%s-df%s", format(g[1], digits = 17), fmt_num(g[2])),
            list(p = g[1], df = g[2]), q,
            sprintf("qt(%s, %s)", format(g[1], digits = 17), fmt_num(g[2])), name = "q")
}
for (p in c(1e-300, 1e-100, 1 - 1e-15, 1 - 2^-53)) {
  q <- qnorm(p)
  stopifnot(tail_back(q, p, function(v, lower) pnorm(v, lower.tail = lower)) < 1e-12)
  dist_case("normalQuantile", sprintf("tail-p%s", format(p, digits = 17)), list(p = p), q,
            sprintf("qnorm(%s)", format(p, digits = 17)), name = "q")
}
for (g in list(c(1 - 1e-10, 1, 1), c(1 - 1e-10, 5, 5), c(1 - 1e-15, 50, 100), c(1 - 1e-10, 2.5, 7.5),
               c(1 - 1e-15, 10, 1), c(1 - 1e-10, 0.5, 3), c(1 - 1e-10, 300, 2), c(1 - 1e-15, 1, 10),
               c(1e-15, 10, 1), c(1e-5, 2.5, 7.5))) {
  q <- qf(g[1], g[2], g[3])
  stopifnot(is.finite(q), tail_back(q, g[1], function(v, lower) pf(v, g[2], g[3], lower.tail = lower)) < 1e-12)
  dist_case("fQuantile", sprintf("tail-p%s-df%s-%s", format(g[1], digits = 17), fmt_num(g[2]), fmt_num(g[3])),
            list(p = g[1], df1 = g[2], df2 = g[3]), q,
            sprintf("qf(%s, %s, %s)", format(g[1], digits = 17), fmt_num(g[2]), fmt_num(g[3])), name = "q")
}

# -----------------------------------------------------------------------------
# 2.12 bootstrap: boot::boot(data, statistic, R = 1999) after set.seed(seed).
# The resample indices (boot.array(b, indices = TRUE), 1-based, one row per
# replicate) go into the input, so that the TypeScript side can recompute the
# statistic on exactly these resamples; t0 and the replicates t are exported
# too (details.t).
#
# Intervals: boot.ci(b, conf = level, type = c("perc", "bca"), L = L) with the
# jackknife influence values L = empinf(b, type = "jack") passed explicitly
# (boot.ci would otherwise use regression estimates from the replicates).
# Both intervals read order statistics of t through boot's norm.inter():
# with R replicates and tail probability a, rank k = (R + 1) a; if k is an
# integer the k-th smallest replicate is used, otherwise it interpolates
# between the k-th and (k+1)-th smallest on the normal quantile scale:
#   t_k + (qnorm(a) - qnorm(k/(R+1))) / (qnorm((k+1)/(R+1)) - qnorm(k/(R+1))) * (t_(k+1) - t_k)
# with k = floor((R + 1) a). The tail probabilities are (1 -/+ level)/2 in
# floating point, so for R = 1999 the percentile "ranks" are 50.00000000000004
# and 1950 at level 0.95, and 99.99999999999997 and 1900 at level 0.90
# (details.percentileRanks): norm.inter then interpolates with a weight
# within 1e-13 of 0 or 1, i.e. it returns the 50th / 100th order statistic up
# to rounding. The BCa ranks are genuinely fractional.
# BCa: z0 = qnorm(sum(t < t0) / R), a = sum(L^3) / (6 sum(L^2)^1.5),
# adjusted tail probabilities pnorm(z0 + (z0 + z) / (1 - a (z0 + z))) for
# z = qnorm((1 -/+ level)/2).
# -----------------------------------------------------------------------------
boot_statistics <- list(
  mean = list(fn = function(d, i) mean(d$x[i]), call = "function(d, i) mean(d$x[i])"),
  meanDifference = list(fn = function(d, i) mean(d$x[i] - d$y[i]),
                        call = "function(d, i) mean(d$x[i] - d$y[i])"),
  pearson = list(fn = function(d, i) cor(d$x[i], d$y[i]), call = "function(d, i) cor(d$x[i], d$y[i])")
)
boot_case <- function(id, dataset, statistic, seed, level = 0.95, R = 1999) {
  stat <- boot_statistics[[statistic]]
  data <- if (statistic == "mean") data.frame(x = dx(dataset)) else data.frame(x = dx(dataset), y = dy(dataset))
  set.seed(seed)
  b <- boot::boot(data, stat$fn, R = R)
  idx <- boot::boot.array(b, indices = TRUE)
  stopifnot(nrow(idx) == R, ncol(idx) == nrow(data), all(is.finite(b$t)))
  # The replicates are the statistic on the exported index sets.
  stopifnot(all(vapply(seq_len(R), function(r) identical(stat$fn(data, idx[r, ]), b$t[r, 1]), logical(1))))
  L <- boot::empinf(b, type = "jack")
  ci <- no_warnings(boot::boot.ci(b, conf = level, type = c("perc", "bca"), L = L))
  t <- b$t[, 1]
  t0 <- b$t0
  acceleration <- sum(L^3) / (6 * sum(L^2)^1.5)
  z0 <- qnorm(sum(t < t0) / length(t))
  # Recompute the BCa bounds with the formula above as a check.
  adj <- pnorm(z0 + (z0 + qnorm((1 + c(-level, level)) / 2)) /
                 (1 - acceleration * (z0 + qnorm((1 + c(-level, level)) / 2))))
  stopifnot(close_to(boot:::norm.inter(t, adj)[, 2], ci$bca[4:5], 1e-14))
  input <- list(x = I(data$x))
  if (!is.null(data$y)) input$y <- I(data$y)
  input <- c(input, list(statistic = statistic, R = R, seed = seed, level = level,
                         indices = rows_of(idx)))
  add_case("bootstrap", id, dataset, input = input,
           expected = list(t0 = t0, percentileLower = ci$percent[4], percentileUpper = ci$percent[5],
                           bcaLower = ci$bca[4], bcaUpper = ci$bca[5],
                           acceleration = acceleration, z0 = z0),
           r_call = sprintf(paste0(
             "set.seed(%d); b <- boot::boot(data, %s, R = %d); ",
             "L <- boot::empinf(b, type = \"jack\"); ",
             "boot::boot.ci(b, conf = %s, type = c(\"perc\", \"bca\"), L = L)"),
             seed, stat$call, R, fmt_num(level)),
           details = list(t = I(t), influence = I(unname(L)),
                          percentileRanks = I((R + 1) * (1 + c(-level, level)) / 2),
                          bcaTailProbabilities = I(adj)))
}
boot_case("mean-likert31-level95", "likert31", "mean", seed = 31001)
boot_case("meanDifference-likert20-level95", "likert20", "meanDifference", seed = 20001)
boot_case("pearson-likert51-level95", "likert51", "pearson", seed = 51001)
boot_case("mean-likert31-level90", "likert31", "mean", seed = 31002, level = 0.90)
boot_case("meanDifference-likert20-level90", "likert20", "meanDifference", seed = 20002, level = 0.90)

# =============================================================================
# 3. Inputs for which R errors or returns NaN / NA
# =============================================================================
# These are not reference values: the TypeScript functions are expected to
# throw for them. r_behaviour records what R does (captured when this script
# runs).

add_error("descriptives", "all-missing", list(x = I(c(NA_real_, NA_real_))),
          "c(mean = mean(x, na.rm = TRUE), sd = sd(x, na.rm = TRUE), min = min(x, na.rm = TRUE))",
          { x <- c(NA_real_, NA_real_); c(mean = mean(x, na.rm = TRUE), sd = sd(x, na.rm = TRUE), min = min(x, na.rm = TRUE)) })
add_error("descriptives", "empty", list(x = I(numeric(0))),
          "c(mean = mean(x), sd = sd(x), min = min(x))",
          { x <- numeric(0); c(mean = mean(x), sd = sd(x), min = min(x)) })

add_error("cronbachAlpha", "k1", list(items = list(I(c(1, 2, 3, 4))), level = 0.95),
          "psych::alpha(data.frame(item1 = c(1, 2, 3, 4)), check.keys = FALSE, warnings = FALSE)",
          quietly(unlist(psych::alpha(data.frame(item1 = c(1, 2, 3, 4)), check.keys = FALSE, warnings = FALSE)$total[1:2])))
add_error("cronbachAlpha", "n1", list(items = list(I(2), I(3), I(4)), level = 0.95),
          "psych::alpha(data.frame(item1 = 2, item2 = 3, item3 = 4), check.keys = FALSE, warnings = FALSE)",
          { k <- 3; C <- cov(data.frame(item1 = 2, item2 = 3, item3 = 4)); c(alpha_hand = k / (k - 1) * (1 - sum(diag(C)) / sum(C)),
            psych = unlist(quietly(psych::alpha(data.frame(item1 = 2, item2 = 3, item3 = 4), check.keys = FALSE, warnings = FALSE))$total[1])) })
add_error("cronbachAlpha", "all-constant", list(items = list(I(c(3, 3, 3)), I(c(2, 2, 2))), level = 0.95),
          "psych::alpha(data.frame(a = c(3, 3, 3), b = c(2, 2, 2)), check.keys = FALSE)",
          quietly(unlist(psych::alpha(data.frame(a = c(3, 3, 3), b = c(2, 2, 2)), check.keys = FALSE)$total[1])))
add_error("cronbachAlpha", "one-complete-row", list(items = list(I(c(1, NA, 3)), I(c(2, 4, NA)), I(c(2, 5, 1))), level = 0.95),
          "d <- data.frame(a = c(1, NA, 3), b = c(2, 4, NA), c = c(2, 5, 1)); d <- d[complete.cases(d), ]; cov(d)",
          { d <- data.frame(a = c(1, NA, 3), b = c(2, 4, NA), c = c(2, 5, 1)); d <- d[complete.cases(d), ]; C <- cov(d)
            c(alpha_hand = 3 / 2 * (1 - sum(diag(C)) / sum(C))) })

add_error("pairedTTest", "n1", list(x = I(3), y = I(2), alternative = "two-sided", level = 0.95),
          "t.test(3, 2, paired = TRUE)", t.test(3, 2, paired = TRUE)$p.value)
add_error("pairedTTest", "constant-differences", list(x = I(c(3, 4, 5)), y = I(c(2, 3, 4)), alternative = "two-sided", level = 0.95),
          "t.test(c(3, 4, 5), c(2, 3, 4), paired = TRUE)", t.test(c(3, 4, 5), c(2, 3, 4), paired = TRUE)$p.value)
add_error("pairedTTest", "identical-columns", list(x = I(c(3, 4, 5)), y = I(c(3, 4, 5)), alternative = "two-sided", level = 0.95),
          "t.test(c(3, 4, 5), c(3, 4, 5), paired = TRUE)", t.test(c(3, 4, 5), c(3, 4, 5), paired = TRUE)$p.value)
add_error("pairedTTest", "essentially-constant-differences", list(x = I(datasets$near_constant_diff$x), y = I(datasets$near_constant_diff$y), alternative = "two-sided", level = 0.95),
          "t.test(c(1.1, 2.2, 3.3, 4.4), c(1.0, 2.1, 3.2, 4.3), paired = TRUE)",
          t.test(datasets$near_constant_diff$x, datasets$near_constant_diff$y, paired = TRUE),
          note = "the differences are 0.1 up to rounding: stderr < 10 * .Machine$double.eps * abs(mean(d))")
add_error("pairedTTest", "one-complete-pair", list(x = I(c(3, NA, 5)), y = I(c(2, 3, NA)), alternative = "two-sided", level = 0.95),
          "t.test(c(3, NA, 5), c(2, 3, NA), paired = TRUE)", t.test(c(3, NA, 5), c(2, 3, NA), paired = TRUE)$p.value)
add_error("pairedTTest", "unequal-lengths", list(x = I(c(3, 4, 5)), y = I(c(2, 3)), alternative = "two-sided", level = 0.95),
          "t.test(c(3, 4, 5), c(2, 3), paired = TRUE)", t.test(c(3, 4, 5), c(2, 3), paired = TRUE)$p.value)

es_error <- function(fn, id, x, y, level = 0.95, expr) {
  add_error(fn, id, list(x = I(x), y = I(y), level = level),
            sprintf("x <- %s; y <- %s; d <- x - y; see section 2.4", as_r_literal(x), as_r_literal(y)), expr)
}
for (fn in c("cohensDz", "cohensDav", "cohensDrm", "hedgesGz", "hedgesGav", "hedgesGrm")) {
  es_error(fn, "constant-differences", c(3, 4, 5), c(2, 3, 4),
           expr = { d <- c(1, 1, 1); c(t = mean(d) / (sd(d) / sqrt(3)), d_z = mean(d) / sd(d)) })
  es_error(fn, "n1", 3, 2, expr = { d <- 1; c(sd = sd(d), d_z = mean(d) / sd(d)) })
}
for (fn in c("hedgesGz", "hedgesGav", "hedgesGrm")) {
  es_error(fn, "pairs_n2-J-zero", dx("pairs_n2"), dy("pairs_n2"),
           expr = c(J = hedges_j(1), note_lgamma0 = lgamma(0)))
}
es_error("cohensDrm", "constant-x", c(3, 3, 3, 3), c(1, 2, 4, 3),
         expr = c(r = cor(c(3, 3, 3, 3), c(1, 2, 4, 3))))
es_error("cohensDav", "both-constant", c(3, 3, 3), c(1, 1, 1),
         expr = c(sd_d = sd(c(2, 2, 2)), d_av = 2 / ((sd(c(3, 3, 3)) + sd(c(1, 1, 1))) / 2)))

add_error("pearson", "n2", list(x = I(c(1, 2)), y = I(c(2, 1)), alternative = "two-sided", level = 0.95),
          "cor.test(c(1, 2), c(2, 1))", cor.test(c(1, 2), c(2, 1))$p.value)
add_error("pearson", "constant-x", list(x = I(c(3, 3, 3, 3)), y = I(c(1, 2, 4, 3)), alternative = "two-sided", level = 0.95),
          "cor.test(c(3, 3, 3, 3), c(1, 2, 4, 3))",
          { ct <- cor.test(c(3, 3, 3, 3), c(1, 2, 4, 3)); c(r = unname(ct$estimate), p = ct$p.value) })
add_error("spearman", "n2", list(x = I(c(1, 2)), y = I(c(2, 1)), alternative = "two-sided"),
          "cor.test(c(1, 2), c(2, 1), method = \"spearman\", exact = FALSE)",
          cor.test(c(1, 2), c(2, 1), method = "spearman", exact = FALSE)$p.value)
add_error("spearman", "constant-y", list(x = I(c(1, 2, 3, 4)), y = I(c(2, 2, 2, 2)), alternative = "two-sided"),
          "cor.test(c(1, 2, 3, 4), c(2, 2, 2, 2), method = \"spearman\", exact = FALSE)",
          { ct <- cor.test(c(1, 2, 3, 4), c(2, 2, 2, 2), method = "spearman", exact = FALSE); c(rho = unname(ct$estimate), p = ct$p.value) })
add_error("wilcoxonSignedRank", "all-zero-differences", list(x = I(c(3, 4, 5)), y = I(c(3, 4, 5)), alternative = "two-sided", correct = TRUE),
          "wilcox.test(c(3, 4, 5), c(3, 4, 5), paired = TRUE)",
          { w <- wilcox.test(c(3, 4, 5), c(3, 4, 5), paired = TRUE); c(V = unname(w$statistic), p = w$p.value) })
add_error("wilcoxonSignedRank", "n0-after-na", list(x = I(c(3, NA)), y = I(c(NA, 2)), alternative = "two-sided", correct = TRUE),
          "wilcox.test(c(3, NA), c(NA, 2), paired = TRUE)",
          { w <- wilcox.test(c(3, NA), c(NA, 2), paired = TRUE); c(V = unname(w$statistic), p = w$p.value) })

add_error("holm", "above-one", list(p = I(c(1.5, 0.2))),
          "p.adjust(c(1.5, 0.2), \"holm\")", p.adjust(c(1.5, 0.2), "holm"),
          note = "R does not check that p-values lie in [0, 1]; the input is invalid")
add_error("holm", "negative", list(p = I(c(-0.1, 0.2))),
          "p.adjust(c(-0.1, 0.2), \"holm\")", p.adjust(c(-0.1, 0.2), "holm"),
          note = "R does not check that p-values lie in [0, 1]; the input is invalid")
add_error("benjaminiHochberg", "above-one", list(p = I(c(1.5, 0.2))),
          "p.adjust(c(1.5, 0.2), \"BH\")", p.adjust(c(1.5, 0.2), "BH"),
          note = "R does not check that p-values lie in [0, 1]; the input is invalid")
add_error("benjaminiHochberg", "negative", list(p = I(c(-0.1, 0.2))),
          "p.adjust(c(-0.1, 0.2), \"BH\")", p.adjust(c(-0.1, 0.2), "BH"),
          note = "R does not check that p-values lie in [0, 1]; the input is invalid")

add_error("pairedTTestPower", "n1", list(d = 0.5, n = 1, sigLevel = 0.05, alternative = "two-sided"),
          "pwr::pwr.t.test(n = 1, d = 0.5, sig.level = 0.05, type = \"paired\")",
          pwr::pwr.t.test(n = 1, d = 0.5, sig.level = 0.05, type = "paired")$power)
add_error("pairedTTestPower", "sig-level-0", list(d = 0.5, n = 20, sigLevel = 0, alternative = "two-sided"),
          "pwr::pwr.t.test(n = 20, d = 0.5, sig.level = 0, type = \"paired\")",
          pwr::pwr.t.test(n = 20, d = 0.5, sig.level = 0, type = "paired")$power,
          note = "a test at significance level 0 never rejects; the input is invalid")
add_error("pairedTTestPower", "sig-level-above-1", list(d = 0.5, n = 20, sigLevel = 1.5, alternative = "two-sided"),
          "pwr::pwr.t.test(n = 20, d = 0.5, sig.level = 1.5, type = \"paired\")",
          pwr::pwr.t.test(n = 20, d = 0.5, sig.level = 1.5, type = "paired")$power)
add_error("minimumDetectableEffect", "n2-power0.8", list(n = 2, sigLevel = 0.05, power = 0.8, alternative = "two-sided"),
          "pwr::pwr.t.test(n = 2, power = 0.8, sig.level = 0.05, type = \"paired\")",
          pwr::pwr.t.test(n = 2, power = 0.8, sig.level = 0.05, type = "paired")$d)
add_error("minimumDetectableEffect", "power-below-sig-level", list(n = 20, sigLevel = 0.05, power = 0.03, alternative = "two-sided"),
          "pwr::pwr.t.test(n = 20, power = 0.03, sig.level = 0.05, type = \"paired\")",
          pwr::pwr.t.test(n = 20, power = 0.03, sig.level = 0.05, type = "paired")$d)
add_error("minimumDetectableEffect", "power-1", list(n = 20, sigLevel = 0.05, power = 1, alternative = "two-sided"),
          "pwr::pwr.t.test(n = 20, power = 1, sig.level = 0.05, type = \"paired\")",
          pwr::pwr.t.test(n = 20, power = 1, sig.level = 0.05, type = "paired")$d,
          note = "power 1 is reached by no finite d; pwr returns the end of its search interval")

add_error("tQuantile", "p-above-1", list(p = 1.5, df = 10), "qt(1.5, 10)", qt(1.5, 10))
add_error("tCdf", "df-negative", list(t = 1, df = -1, lowerTail = TRUE), "pt(1, -1)", pt(1, -1))
add_error("tCdf", "df-zero", list(t = 1, df = 0, lowerTail = TRUE), "pt(1, 0)", pt(1, 0))
add_error("normalQuantile", "p-negative", list(p = -0.1), "qnorm(-0.1)", qnorm(-0.1))
add_error("chiSquareCdf", "df-negative", list(x = 1, df = -2, lowerTail = TRUE), "pchisq(1, -2)", pchisq(1, -2))
add_error("fCdf", "df1-negative", list(x = 1, df1 = -1, df2 = 3, lowerTail = TRUE), "pf(1, -1, 3)", pf(1, -1, 3))
add_error("fQuantile", "p-above-1", list(p = 1.2, df1 = 3, df2 = 5), "qf(1.2, 3, 5)", qf(1.2, 3, 5))
add_error("noncentralTCdf", "df-negative", list(t = 1, df = -2, ncp = 1, lowerTail = TRUE), "pt(1, -2, ncp = 1)", pt(1, -2, ncp = 1))
add_error("noncentralityForCdf", "p-1", list(t = 1, df = 10, p = 1),
          "uniroot(function(l) pt(1, 10, ncp = l) - 1, c(-1, 3), extendInt = \"yes\", tol = 1e-14)",
          uniroot(function(l) pt(1, 10, ncp = l) - 1, c(-1, 3), extendInt = "yes", tol = 1e-14)$root,
          note = "no finite ncp gives p = 1; the root finder stops where pt() loses precision")
add_error("noncentralityForCdf", "p-0", list(t = 1, df = 10, p = 0),
          "uniroot(function(l) pt(1, 10, ncp = l) - 0, c(-1, 3), extendInt = \"yes\", tol = 1e-14)",
          uniroot(function(l) pt(1, 10, ncp = l), c(-1, 3), extendInt = "yes", tol = 1e-14)$root,
          note = "no finite ncp gives p = 0; the root finder stops where pt() loses precision")

add_error("bootstrap", "constant-data", list(x = I(rep(3, 10)), statistic = "mean", R = 1999, seed = 1, level = 0.95),
          "set.seed(1); b <- boot::boot(data.frame(x = rep(3, 10)), function(d, i) mean(d$x[i]), R = 1999); boot::boot.ci(b, type = c(\"perc\", \"bca\"), L = boot::empinf(b, type = \"jack\"))",
          { set.seed(1); b <- boot::boot(data.frame(x = rep(3, 10)), function(d, i) mean(d$x[i]), R = 1999)
            unlist(boot::boot.ci(b, type = c("perc", "bca"), L = boot::empinf(b, type = "jack"))$bca) })

# =============================================================================
# 4. Meta data, output and checks
# =============================================================================
pkgs <- c("psych", "pwr", "boot", "effectsize", "jsonlite")
meta <- list(
  generated_by = "test/reference/stats-reference.R",
  R = R.version.string,
  platform = R.version$platform,
  packages = setNames(lapply(pkgs, function(p) as.character(utils::packageVersion(p))), pkgs),
  conventions = list(
    missing = "null stands for R's NA (in data and in expected values)",
    infinity = "infinite values are the strings \"Inf\" and \"-Inf\" (JSON has no infinity)",
    precision = "every double is written with the shortest of 15, 16 or 17 significant digits that parses back to the identical IEEE 754 double",
    alternatives = "input.alternative uses \"two-sided\" | \"less\" | \"greater\" (R: \"two.sided\")",
    differences = "paired functions use differences x - y"
  )
)

# Every function must have at least five reference cases.
case_counts <- vapply(cases, length, integer(1))
stopifnot(all(case_counts >= 5))

result <- list(meta = meta, datasets = datasets, cases = cases, errors = errors)
jsonlite::write_json(to_json_tree(result), out_path, digits = NA, auto_unbox = TRUE,
                     pretty = TRUE, json_verbatim = TRUE, na = "null")

# Read the file back and compare every number with the value in memory.
check_roundtrip <- function(orig, parsed, path = "") {
  if (is.list(orig)) {
    stopifnot(is.list(parsed), length(orig) == length(parsed))
    if (!is.null(names(orig))) stopifnot(identical(names(orig), names(parsed)))
    for (i in seq_along(orig)) check_roundtrip(orig[[i]], parsed[[i]], paste0(path, "/", i))
    return(invisible(TRUE))
  }
  if (is.numeric(orig)) {
    vals <- if (is.null(parsed)) list(NULL) else if (is.list(parsed)) parsed else as.list(parsed)
    if (length(vals) != length(orig)) stop("length mismatch at ", path)
    back <- vapply(vals, function(v) {
      if (is.null(v)) NA_real_ else if (identical(v, "Inf")) Inf else if (identical(v, "-Inf")) -Inf else as.double(v)
    }, numeric(1))
    if (!identical(unname(as.double(orig)), back)) stop("number mismatch at ", path)
    return(invisible(TRUE))
  }
  if (is.logical(orig) && length(orig) == 1 && is.na(orig)) {
    stopifnot(is.null(parsed))
    return(invisible(TRUE))
  }
  if (!identical(unname(unclass(orig)), unlist(parsed))) stop("value mismatch at ", path)
  invisible(TRUE)
}
check_roundtrip(result, jsonlite::read_json(out_path, simplifyVector = FALSE))

cat("Wrote", out_path, "\n")
cat("R:", R.version.string, "\n")
cat("Packages:", paste(pkgs, vapply(pkgs, function(p) as.character(utils::packageVersion(p)), ""), collapse = ", "), "\n")
cat("Cases per function:\n")
print(case_counts)
cat("Error inputs per function:\n")
print(vapply(errors, length, integer(1)))
cat(sprintf("Largest relative difference from effectsize's optim()-based d_z / g_z bounds: %.3g\n",
            max_effectsize_diff))
