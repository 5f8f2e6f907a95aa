/**
 * The canonical record: the single source of truth for what `cse extract --json` prints
 * (see docs/output-contract.md). schemas/report.schema.json is generated from this.
 */
import { z } from 'zod';
export declare const SCHEMA_VERSION: 1;
export declare const RATINGS: readonly ["non-compliance", "partial-compliance", "compliance", "compliance-plus"];
export declare const Rating: z.ZodEnum<{
    "non-compliance": "non-compliance";
    "partial-compliance": "partial-compliance";
    compliance: "compliance";
    "compliance-plus": "compliance-plus";
}>;
export type Rating = z.infer<typeof Rating>;
export declare const STAGES: readonly ["initial", "review-1", "review-2", "reassessment", "unknown"];
export declare const Stage: z.ZodEnum<{
    initial: "initial";
    "review-1": "review-1";
    "review-2": "review-2";
    reassessment: "reassessment";
    unknown: "unknown";
}>;
export type Stage = z.infer<typeof Stage>;
export declare const TEMPLATES: readonly ["centre-for-assessment", "assessment-services", "committee-summary", "other"];
export declare const Template: z.ZodEnum<{
    "centre-for-assessment": "centre-for-assessment";
    "assessment-services": "assessment-services";
    "committee-summary": "committee-summary";
    other: "other";
}>;
export type Template = z.infer<typeof Template>;
export declare const FORMATS: readonly ["md", "docx", "pdf"];
export declare const Format: z.ZodEnum<{
    md: "md";
    docx: "docx";
    pdf: "pdf";
}>;
export type Format = z.infer<typeof Format>;
export declare const Location: z.ZodObject<{
    line: z.ZodOptional<z.ZodNumber>;
    page: z.ZodOptional<z.ZodNumber>;
    paragraph: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>;
export type Location = z.infer<typeof Location>;
export declare const CriterionTotals: z.ZodObject<{
    nonCompliance: z.ZodNullable<z.ZodNumber>;
    partialCompliance: z.ZodNullable<z.ZodNumber>;
    compliance: z.ZodNullable<z.ZodNumber>;
    compliancePlus: z.ZodNullable<z.ZodNumber>;
}, z.core.$strict>;
export type CriterionTotals = z.infer<typeof CriterionTotals>;
export declare const StatedTotals: z.ZodObject<{
    byCriterion: z.ZodNullable<z.ZodObject<{
        '1': z.ZodOptional<z.ZodObject<{
            nonCompliance: z.ZodNullable<z.ZodNumber>;
            partialCompliance: z.ZodNullable<z.ZodNumber>;
            compliance: z.ZodNullable<z.ZodNumber>;
            compliancePlus: z.ZodNullable<z.ZodNumber>;
        }, z.core.$strict>>;
        '2': z.ZodOptional<z.ZodObject<{
            nonCompliance: z.ZodNullable<z.ZodNumber>;
            partialCompliance: z.ZodNullable<z.ZodNumber>;
            compliance: z.ZodNullable<z.ZodNumber>;
            compliancePlus: z.ZodNullable<z.ZodNumber>;
        }, z.core.$strict>>;
        '3': z.ZodOptional<z.ZodObject<{
            nonCompliance: z.ZodNullable<z.ZodNumber>;
            partialCompliance: z.ZodNullable<z.ZodNumber>;
            compliance: z.ZodNullable<z.ZodNumber>;
            compliancePlus: z.ZodNullable<z.ZodNumber>;
        }, z.core.$strict>>;
        '4': z.ZodOptional<z.ZodObject<{
            nonCompliance: z.ZodNullable<z.ZodNumber>;
            partialCompliance: z.ZodNullable<z.ZodNumber>;
            compliance: z.ZodNullable<z.ZodNumber>;
            compliancePlus: z.ZodNullable<z.ZodNumber>;
        }, z.core.$strict>>;
        '5': z.ZodOptional<z.ZodObject<{
            nonCompliance: z.ZodNullable<z.ZodNumber>;
            partialCompliance: z.ZodNullable<z.ZodNumber>;
            compliance: z.ZodNullable<z.ZodNumber>;
            compliancePlus: z.ZodNullable<z.ZodNumber>;
        }, z.core.$strict>>;
    }, z.core.$strip>>;
    overall: z.ZodNullable<z.ZodObject<{
        nonCompliance: z.ZodNullable<z.ZodNumber>;
        partialCompliance: z.ZodNullable<z.ZodNumber>;
        compliance: z.ZodNullable<z.ZodNumber>;
        compliancePlus: z.ZodNullable<z.ZodNumber>;
    }, z.core.$strict>>;
    location: z.ZodOptional<z.ZodObject<{
        byCriterion: z.ZodNullable<z.ZodObject<{
            line: z.ZodOptional<z.ZodNumber>;
            page: z.ZodOptional<z.ZodNumber>;
            paragraph: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
        overall: z.ZodNullable<z.ZodObject<{
            line: z.ZodOptional<z.ZodNumber>;
            page: z.ZodOptional<z.ZodNumber>;
            paragraph: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type StatedTotals = z.infer<typeof StatedTotals>;
export declare const Basis: z.ZodEnum<{
    stated: "stated";
    derived: "derived";
}>;
export type Basis = z.infer<typeof Basis>;
export declare const ElementRating: z.ZodObject<{
    code: z.ZodString;
    rating: z.ZodEnum<{
        "non-compliance": "non-compliance";
        "partial-compliance": "partial-compliance";
        compliance: "compliance";
        "compliance-plus": "compliance-plus";
    }>;
    basis: z.ZodEnum<{
        stated: "stated";
        derived: "derived";
    }>;
    justification: z.ZodNullable<z.ZodString>;
    location: z.ZodOptional<z.ZodObject<{
        line: z.ZodOptional<z.ZodNumber>;
        page: z.ZodOptional<z.ZodNumber>;
        paragraph: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type ElementRating = z.infer<typeof ElementRating>;
export declare const OUTCOMES: readonly ["certify", "continue", "not-certify"];
export declare const Recommendation: z.ZodObject<{
    outcome: z.ZodEnum<{
        certify: "certify";
        continue: "continue";
        "not-certify": "not-certify";
    }>;
    text: z.ZodString;
    location: z.ZodNullable<z.ZodObject<{
        line: z.ZodOptional<z.ZodNumber>;
        page: z.ZodOptional<z.ZodNumber>;
        paragraph: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type Recommendation = z.infer<typeof Recommendation>;
export declare const ProseCount: z.ZodObject<{
    rating: z.ZodEnum<{
        "non-compliance": "non-compliance";
        "partial-compliance": "partial-compliance";
        compliance: "compliance";
        "compliance-plus": "compliance-plus";
    }>;
    count: z.ZodNumber;
    criterion: z.ZodNullable<z.ZodNumber>;
    text: z.ZodString;
    location: z.ZodNullable<z.ZodObject<{
        line: z.ZodOptional<z.ZodNumber>;
        page: z.ZodOptional<z.ZodNumber>;
        paragraph: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type ProseCount = z.infer<typeof ProseCount>;
export declare const CitedElement: z.ZodObject<{
    code: z.ZodString;
    location: z.ZodNullable<z.ZodObject<{
        line: z.ZodOptional<z.ZodNumber>;
        page: z.ZodOptional<z.ZodNumber>;
        paragraph: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type CitedElement = z.infer<typeof CitedElement>;
export declare const CarriedOver: z.ZodObject<{
    code: z.ZodString;
    rating: z.ZodEnum<{
        "non-compliance": "non-compliance";
        "partial-compliance": "partial-compliance";
        compliance: "compliance";
        "compliance-plus": "compliance-plus";
    }>;
    location: z.ZodNullable<z.ZodObject<{
        line: z.ZodOptional<z.ZodNumber>;
        page: z.ZodOptional<z.ZodNumber>;
        paragraph: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type CarriedOver = z.infer<typeof CarriedOver>;
export declare const PreviousVisit: z.ZodObject<{
    stage: z.ZodEnum<{
        initial: "initial";
        "review-1": "review-1";
        "review-2": "review-2";
        reassessment: "reassessment";
        unknown: "unknown";
    }>;
    date: z.ZodString;
}, z.core.$strict>;
export type PreviousVisit = z.infer<typeof PreviousVisit>;
export declare const Assessment: z.ZodObject<{
    stage: z.ZodEnum<{
        initial: "initial";
        "review-1": "review-1";
        "review-2": "review-2";
        reassessment: "reassessment";
        unknown: "unknown";
    }>;
    status: z.ZodEnum<{
        completed: "completed";
        "not-started": "not-started";
    }>;
    reportDate: z.ZodNullable<z.ZodISODate>;
    visitDate: z.ZodNullable<z.ZodISODate>;
    documentReviewDate: z.ZodNullable<z.ZodISODate>;
    assessors: z.ZodArray<z.ZodString>;
    statedTotals: z.ZodObject<{
        byCriterion: z.ZodNullable<z.ZodObject<{
            '1': z.ZodOptional<z.ZodObject<{
                nonCompliance: z.ZodNullable<z.ZodNumber>;
                partialCompliance: z.ZodNullable<z.ZodNumber>;
                compliance: z.ZodNullable<z.ZodNumber>;
                compliancePlus: z.ZodNullable<z.ZodNumber>;
            }, z.core.$strict>>;
            '2': z.ZodOptional<z.ZodObject<{
                nonCompliance: z.ZodNullable<z.ZodNumber>;
                partialCompliance: z.ZodNullable<z.ZodNumber>;
                compliance: z.ZodNullable<z.ZodNumber>;
                compliancePlus: z.ZodNullable<z.ZodNumber>;
            }, z.core.$strict>>;
            '3': z.ZodOptional<z.ZodObject<{
                nonCompliance: z.ZodNullable<z.ZodNumber>;
                partialCompliance: z.ZodNullable<z.ZodNumber>;
                compliance: z.ZodNullable<z.ZodNumber>;
                compliancePlus: z.ZodNullable<z.ZodNumber>;
            }, z.core.$strict>>;
            '4': z.ZodOptional<z.ZodObject<{
                nonCompliance: z.ZodNullable<z.ZodNumber>;
                partialCompliance: z.ZodNullable<z.ZodNumber>;
                compliance: z.ZodNullable<z.ZodNumber>;
                compliancePlus: z.ZodNullable<z.ZodNumber>;
            }, z.core.$strict>>;
            '5': z.ZodOptional<z.ZodObject<{
                nonCompliance: z.ZodNullable<z.ZodNumber>;
                partialCompliance: z.ZodNullable<z.ZodNumber>;
                compliance: z.ZodNullable<z.ZodNumber>;
                compliancePlus: z.ZodNullable<z.ZodNumber>;
            }, z.core.$strict>>;
        }, z.core.$strip>>;
        overall: z.ZodNullable<z.ZodObject<{
            nonCompliance: z.ZodNullable<z.ZodNumber>;
            partialCompliance: z.ZodNullable<z.ZodNumber>;
            compliance: z.ZodNullable<z.ZodNumber>;
            compliancePlus: z.ZodNullable<z.ZodNumber>;
        }, z.core.$strict>>;
        location: z.ZodOptional<z.ZodObject<{
            byCriterion: z.ZodNullable<z.ZodObject<{
                line: z.ZodOptional<z.ZodNumber>;
                page: z.ZodOptional<z.ZodNumber>;
                paragraph: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strict>>;
            overall: z.ZodNullable<z.ZodObject<{
                line: z.ZodOptional<z.ZodNumber>;
                page: z.ZodOptional<z.ZodNumber>;
                paragraph: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
    }, z.core.$strict>;
    elements: z.ZodArray<z.ZodObject<{
        code: z.ZodString;
        rating: z.ZodEnum<{
            "non-compliance": "non-compliance";
            "partial-compliance": "partial-compliance";
            compliance: "compliance";
            "compliance-plus": "compliance-plus";
        }>;
        basis: z.ZodEnum<{
            stated: "stated";
            derived: "derived";
        }>;
        justification: z.ZodNullable<z.ZodString>;
        location: z.ZodOptional<z.ZodObject<{
            line: z.ZodOptional<z.ZodNumber>;
            page: z.ZodOptional<z.ZodNumber>;
            paragraph: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    recommendation: z.ZodOptional<z.ZodNullable<z.ZodObject<{
        outcome: z.ZodEnum<{
            certify: "certify";
            continue: "continue";
            "not-certify": "not-certify";
        }>;
        text: z.ZodString;
        location: z.ZodNullable<z.ZodObject<{
            line: z.ZodOptional<z.ZodNumber>;
            page: z.ZodOptional<z.ZodNumber>;
            paragraph: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
    }, z.core.$strict>>>;
    proseCounts: z.ZodOptional<z.ZodArray<z.ZodObject<{
        rating: z.ZodEnum<{
            "non-compliance": "non-compliance";
            "partial-compliance": "partial-compliance";
            compliance: "compliance";
            "compliance-plus": "compliance-plus";
        }>;
        count: z.ZodNumber;
        criterion: z.ZodNullable<z.ZodNumber>;
        text: z.ZodString;
        location: z.ZodNullable<z.ZodObject<{
            line: z.ZodOptional<z.ZodNumber>;
            page: z.ZodOptional<z.ZodNumber>;
            paragraph: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
    }, z.core.$strict>>>;
    keyStrengths: z.ZodOptional<z.ZodArray<z.ZodObject<{
        code: z.ZodString;
        location: z.ZodNullable<z.ZodObject<{
            line: z.ZodOptional<z.ZodNumber>;
            page: z.ZodOptional<z.ZodNumber>;
            paragraph: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
    }, z.core.$strict>>>;
    carriedOver: z.ZodOptional<z.ZodArray<z.ZodObject<{
        code: z.ZodString;
        rating: z.ZodEnum<{
            "non-compliance": "non-compliance";
            "partial-compliance": "partial-compliance";
            compliance: "compliance";
            "compliance-plus": "compliance-plus";
        }>;
        location: z.ZodNullable<z.ZodObject<{
            line: z.ZodOptional<z.ZodNumber>;
            page: z.ZodOptional<z.ZodNumber>;
            paragraph: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
    }, z.core.$strict>>>;
    previousVisit: z.ZodOptional<z.ZodNullable<z.ZodObject<{
        stage: z.ZodEnum<{
            initial: "initial";
            "review-1": "review-1";
            "review-2": "review-2";
            reassessment: "reassessment";
            unknown: "unknown";
        }>;
        date: z.ZodString;
    }, z.core.$strict>>>;
}, z.core.$strict>;
export type Assessment = z.infer<typeof Assessment>;
export declare const Severity: z.ZodEnum<{
    warning: "warning";
    info: "info";
    error: "error";
}>;
export type Severity = z.infer<typeof Severity>;
export declare const Finding: z.ZodObject<{
    rule: z.ZodString;
    severity: z.ZodEnum<{
        warning: "warning";
        info: "info";
        error: "error";
    }>;
    message: z.ZodString;
    stage: z.ZodNullable<z.ZodEnum<{
        initial: "initial";
        "review-1": "review-1";
        "review-2": "review-2";
        reassessment: "reassessment";
        unknown: "unknown";
    }>>;
    criterion: z.ZodNullable<z.ZodNumber>;
    elements: z.ZodArray<z.ZodString>;
    expected: z.ZodOptional<z.ZodNullable<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>>;
    actual: z.ZodOptional<z.ZodNullable<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>>;
    location: z.ZodOptional<z.ZodNullable<z.ZodObject<{
        line: z.ZodOptional<z.ZodNumber>;
        page: z.ZodOptional<z.ZodNumber>;
        paragraph: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>>;
}, z.core.$strict>;
export type Finding = z.infer<typeof Finding>;
export declare const Source: z.ZodObject<{
    path: z.ZodString;
    format: z.ZodNullable<z.ZodEnum<{
        md: "md";
        docx: "docx";
        pdf: "pdf";
    }>>;
    sha256: z.ZodNullable<z.ZodString>;
    diagnostics: z.ZodOptional<z.ZodArray<z.ZodObject<{
        severity: z.ZodEnum<{
            warning: "warning";
            info: "info";
        }>;
        message: z.ZodString;
        location: z.ZodOptional<z.ZodObject<{
            line: z.ZodOptional<z.ZodNumber>;
            page: z.ZodOptional<z.ZodNumber>;
            paragraph: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
    }, z.core.$strict>>>;
}, z.core.$strict>;
export type Source = z.infer<typeof Source>;
export declare const Report: z.ZodObject<{
    schemaVersion: z.ZodLiteral<1>;
    source: z.ZodObject<{
        path: z.ZodString;
        format: z.ZodNullable<z.ZodEnum<{
            md: "md";
            docx: "docx";
            pdf: "pdf";
        }>>;
        sha256: z.ZodNullable<z.ZodString>;
        diagnostics: z.ZodOptional<z.ZodArray<z.ZodObject<{
            severity: z.ZodEnum<{
                warning: "warning";
                info: "info";
            }>;
            message: z.ZodString;
            location: z.ZodOptional<z.ZodObject<{
                line: z.ZodOptional<z.ZodNumber>;
                page: z.ZodOptional<z.ZodNumber>;
                paragraph: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strict>>;
        }, z.core.$strict>>>;
    }, z.core.$strict>;
    template: z.ZodEnum<{
        "centre-for-assessment": "centre-for-assessment";
        "assessment-services": "assessment-services";
        "committee-summary": "committee-summary";
        other: "other";
    }>;
    organisation: z.ZodNullable<z.ZodString>;
    assessmentBody: z.ZodNullable<z.ZodString>;
    assessments: z.ZodArray<z.ZodObject<{
        stage: z.ZodEnum<{
            initial: "initial";
            "review-1": "review-1";
            "review-2": "review-2";
            reassessment: "reassessment";
            unknown: "unknown";
        }>;
        status: z.ZodEnum<{
            completed: "completed";
            "not-started": "not-started";
        }>;
        reportDate: z.ZodNullable<z.ZodISODate>;
        visitDate: z.ZodNullable<z.ZodISODate>;
        documentReviewDate: z.ZodNullable<z.ZodISODate>;
        assessors: z.ZodArray<z.ZodString>;
        statedTotals: z.ZodObject<{
            byCriterion: z.ZodNullable<z.ZodObject<{
                '1': z.ZodOptional<z.ZodObject<{
                    nonCompliance: z.ZodNullable<z.ZodNumber>;
                    partialCompliance: z.ZodNullable<z.ZodNumber>;
                    compliance: z.ZodNullable<z.ZodNumber>;
                    compliancePlus: z.ZodNullable<z.ZodNumber>;
                }, z.core.$strict>>;
                '2': z.ZodOptional<z.ZodObject<{
                    nonCompliance: z.ZodNullable<z.ZodNumber>;
                    partialCompliance: z.ZodNullable<z.ZodNumber>;
                    compliance: z.ZodNullable<z.ZodNumber>;
                    compliancePlus: z.ZodNullable<z.ZodNumber>;
                }, z.core.$strict>>;
                '3': z.ZodOptional<z.ZodObject<{
                    nonCompliance: z.ZodNullable<z.ZodNumber>;
                    partialCompliance: z.ZodNullable<z.ZodNumber>;
                    compliance: z.ZodNullable<z.ZodNumber>;
                    compliancePlus: z.ZodNullable<z.ZodNumber>;
                }, z.core.$strict>>;
                '4': z.ZodOptional<z.ZodObject<{
                    nonCompliance: z.ZodNullable<z.ZodNumber>;
                    partialCompliance: z.ZodNullable<z.ZodNumber>;
                    compliance: z.ZodNullable<z.ZodNumber>;
                    compliancePlus: z.ZodNullable<z.ZodNumber>;
                }, z.core.$strict>>;
                '5': z.ZodOptional<z.ZodObject<{
                    nonCompliance: z.ZodNullable<z.ZodNumber>;
                    partialCompliance: z.ZodNullable<z.ZodNumber>;
                    compliance: z.ZodNullable<z.ZodNumber>;
                    compliancePlus: z.ZodNullable<z.ZodNumber>;
                }, z.core.$strict>>;
            }, z.core.$strip>>;
            overall: z.ZodNullable<z.ZodObject<{
                nonCompliance: z.ZodNullable<z.ZodNumber>;
                partialCompliance: z.ZodNullable<z.ZodNumber>;
                compliance: z.ZodNullable<z.ZodNumber>;
                compliancePlus: z.ZodNullable<z.ZodNumber>;
            }, z.core.$strict>>;
            location: z.ZodOptional<z.ZodObject<{
                byCriterion: z.ZodNullable<z.ZodObject<{
                    line: z.ZodOptional<z.ZodNumber>;
                    page: z.ZodOptional<z.ZodNumber>;
                    paragraph: z.ZodOptional<z.ZodNumber>;
                }, z.core.$strict>>;
                overall: z.ZodNullable<z.ZodObject<{
                    line: z.ZodOptional<z.ZodNumber>;
                    page: z.ZodOptional<z.ZodNumber>;
                    paragraph: z.ZodOptional<z.ZodNumber>;
                }, z.core.$strict>>;
            }, z.core.$strict>>;
        }, z.core.$strict>;
        elements: z.ZodArray<z.ZodObject<{
            code: z.ZodString;
            rating: z.ZodEnum<{
                "non-compliance": "non-compliance";
                "partial-compliance": "partial-compliance";
                compliance: "compliance";
                "compliance-plus": "compliance-plus";
            }>;
            basis: z.ZodEnum<{
                stated: "stated";
                derived: "derived";
            }>;
            justification: z.ZodNullable<z.ZodString>;
            location: z.ZodOptional<z.ZodObject<{
                line: z.ZodOptional<z.ZodNumber>;
                page: z.ZodOptional<z.ZodNumber>;
                paragraph: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
        recommendation: z.ZodOptional<z.ZodNullable<z.ZodObject<{
            outcome: z.ZodEnum<{
                certify: "certify";
                continue: "continue";
                "not-certify": "not-certify";
            }>;
            text: z.ZodString;
            location: z.ZodNullable<z.ZodObject<{
                line: z.ZodOptional<z.ZodNumber>;
                page: z.ZodOptional<z.ZodNumber>;
                paragraph: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strict>>;
        }, z.core.$strict>>>;
        proseCounts: z.ZodOptional<z.ZodArray<z.ZodObject<{
            rating: z.ZodEnum<{
                "non-compliance": "non-compliance";
                "partial-compliance": "partial-compliance";
                compliance: "compliance";
                "compliance-plus": "compliance-plus";
            }>;
            count: z.ZodNumber;
            criterion: z.ZodNullable<z.ZodNumber>;
            text: z.ZodString;
            location: z.ZodNullable<z.ZodObject<{
                line: z.ZodOptional<z.ZodNumber>;
                page: z.ZodOptional<z.ZodNumber>;
                paragraph: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strict>>;
        }, z.core.$strict>>>;
        keyStrengths: z.ZodOptional<z.ZodArray<z.ZodObject<{
            code: z.ZodString;
            location: z.ZodNullable<z.ZodObject<{
                line: z.ZodOptional<z.ZodNumber>;
                page: z.ZodOptional<z.ZodNumber>;
                paragraph: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strict>>;
        }, z.core.$strict>>>;
        carriedOver: z.ZodOptional<z.ZodArray<z.ZodObject<{
            code: z.ZodString;
            rating: z.ZodEnum<{
                "non-compliance": "non-compliance";
                "partial-compliance": "partial-compliance";
                compliance: "compliance";
                "compliance-plus": "compliance-plus";
            }>;
            location: z.ZodNullable<z.ZodObject<{
                line: z.ZodOptional<z.ZodNumber>;
                page: z.ZodOptional<z.ZodNumber>;
                paragraph: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strict>>;
        }, z.core.$strict>>>;
        previousVisit: z.ZodOptional<z.ZodNullable<z.ZodObject<{
            stage: z.ZodEnum<{
                initial: "initial";
                "review-1": "review-1";
                "review-2": "review-2";
                reassessment: "reassessment";
                unknown: "unknown";
            }>;
            date: z.ZodString;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
    findings: z.ZodArray<z.ZodObject<{
        rule: z.ZodString;
        severity: z.ZodEnum<{
            warning: "warning";
            info: "info";
            error: "error";
        }>;
        message: z.ZodString;
        stage: z.ZodNullable<z.ZodEnum<{
            initial: "initial";
            "review-1": "review-1";
            "review-2": "review-2";
            reassessment: "reassessment";
            unknown: "unknown";
        }>>;
        criterion: z.ZodNullable<z.ZodNumber>;
        elements: z.ZodArray<z.ZodString>;
        expected: z.ZodOptional<z.ZodNullable<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>>;
        actual: z.ZodOptional<z.ZodNullable<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>>;
        location: z.ZodOptional<z.ZodNullable<z.ZodObject<{
            line: z.ZodOptional<z.ZodNumber>;
            page: z.ZodOptional<z.ZodNumber>;
            paragraph: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type Report = z.infer<typeof Report>;
export declare const ExtractionFailure: z.ZodObject<{
    schemaVersion: z.ZodLiteral<1>;
    source: z.ZodObject<{
        path: z.ZodString;
        format: z.ZodNullable<z.ZodEnum<{
            md: "md";
            docx: "docx";
            pdf: "pdf";
        }>>;
        sha256: z.ZodNullable<z.ZodString>;
        diagnostics: z.ZodOptional<z.ZodArray<z.ZodObject<{
            severity: z.ZodEnum<{
                warning: "warning";
                info: "info";
            }>;
            message: z.ZodString;
            location: z.ZodOptional<z.ZodObject<{
                line: z.ZodOptional<z.ZodNumber>;
                page: z.ZodOptional<z.ZodNumber>;
                paragraph: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strict>>;
        }, z.core.$strict>>>;
    }, z.core.$strict>;
    error: z.ZodObject<{
        code: z.ZodString;
        message: z.ZodString;
    }, z.core.$strict>;
}, z.core.$strict>;
export type ExtractionFailure = z.infer<typeof ExtractionFailure>;
/** What `cse extract --json` prints: a report, or the reason there is none. */
export declare const ExtractOutput: z.ZodUnion<readonly [z.ZodObject<{
    schemaVersion: z.ZodLiteral<1>;
    source: z.ZodObject<{
        path: z.ZodString;
        format: z.ZodNullable<z.ZodEnum<{
            md: "md";
            docx: "docx";
            pdf: "pdf";
        }>>;
        sha256: z.ZodNullable<z.ZodString>;
        diagnostics: z.ZodOptional<z.ZodArray<z.ZodObject<{
            severity: z.ZodEnum<{
                warning: "warning";
                info: "info";
            }>;
            message: z.ZodString;
            location: z.ZodOptional<z.ZodObject<{
                line: z.ZodOptional<z.ZodNumber>;
                page: z.ZodOptional<z.ZodNumber>;
                paragraph: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strict>>;
        }, z.core.$strict>>>;
    }, z.core.$strict>;
    template: z.ZodEnum<{
        "centre-for-assessment": "centre-for-assessment";
        "assessment-services": "assessment-services";
        "committee-summary": "committee-summary";
        other: "other";
    }>;
    organisation: z.ZodNullable<z.ZodString>;
    assessmentBody: z.ZodNullable<z.ZodString>;
    assessments: z.ZodArray<z.ZodObject<{
        stage: z.ZodEnum<{
            initial: "initial";
            "review-1": "review-1";
            "review-2": "review-2";
            reassessment: "reassessment";
            unknown: "unknown";
        }>;
        status: z.ZodEnum<{
            completed: "completed";
            "not-started": "not-started";
        }>;
        reportDate: z.ZodNullable<z.ZodISODate>;
        visitDate: z.ZodNullable<z.ZodISODate>;
        documentReviewDate: z.ZodNullable<z.ZodISODate>;
        assessors: z.ZodArray<z.ZodString>;
        statedTotals: z.ZodObject<{
            byCriterion: z.ZodNullable<z.ZodObject<{
                '1': z.ZodOptional<z.ZodObject<{
                    nonCompliance: z.ZodNullable<z.ZodNumber>;
                    partialCompliance: z.ZodNullable<z.ZodNumber>;
                    compliance: z.ZodNullable<z.ZodNumber>;
                    compliancePlus: z.ZodNullable<z.ZodNumber>;
                }, z.core.$strict>>;
                '2': z.ZodOptional<z.ZodObject<{
                    nonCompliance: z.ZodNullable<z.ZodNumber>;
                    partialCompliance: z.ZodNullable<z.ZodNumber>;
                    compliance: z.ZodNullable<z.ZodNumber>;
                    compliancePlus: z.ZodNullable<z.ZodNumber>;
                }, z.core.$strict>>;
                '3': z.ZodOptional<z.ZodObject<{
                    nonCompliance: z.ZodNullable<z.ZodNumber>;
                    partialCompliance: z.ZodNullable<z.ZodNumber>;
                    compliance: z.ZodNullable<z.ZodNumber>;
                    compliancePlus: z.ZodNullable<z.ZodNumber>;
                }, z.core.$strict>>;
                '4': z.ZodOptional<z.ZodObject<{
                    nonCompliance: z.ZodNullable<z.ZodNumber>;
                    partialCompliance: z.ZodNullable<z.ZodNumber>;
                    compliance: z.ZodNullable<z.ZodNumber>;
                    compliancePlus: z.ZodNullable<z.ZodNumber>;
                }, z.core.$strict>>;
                '5': z.ZodOptional<z.ZodObject<{
                    nonCompliance: z.ZodNullable<z.ZodNumber>;
                    partialCompliance: z.ZodNullable<z.ZodNumber>;
                    compliance: z.ZodNullable<z.ZodNumber>;
                    compliancePlus: z.ZodNullable<z.ZodNumber>;
                }, z.core.$strict>>;
            }, z.core.$strip>>;
            overall: z.ZodNullable<z.ZodObject<{
                nonCompliance: z.ZodNullable<z.ZodNumber>;
                partialCompliance: z.ZodNullable<z.ZodNumber>;
                compliance: z.ZodNullable<z.ZodNumber>;
                compliancePlus: z.ZodNullable<z.ZodNumber>;
            }, z.core.$strict>>;
            location: z.ZodOptional<z.ZodObject<{
                byCriterion: z.ZodNullable<z.ZodObject<{
                    line: z.ZodOptional<z.ZodNumber>;
                    page: z.ZodOptional<z.ZodNumber>;
                    paragraph: z.ZodOptional<z.ZodNumber>;
                }, z.core.$strict>>;
                overall: z.ZodNullable<z.ZodObject<{
                    line: z.ZodOptional<z.ZodNumber>;
                    page: z.ZodOptional<z.ZodNumber>;
                    paragraph: z.ZodOptional<z.ZodNumber>;
                }, z.core.$strict>>;
            }, z.core.$strict>>;
        }, z.core.$strict>;
        elements: z.ZodArray<z.ZodObject<{
            code: z.ZodString;
            rating: z.ZodEnum<{
                "non-compliance": "non-compliance";
                "partial-compliance": "partial-compliance";
                compliance: "compliance";
                "compliance-plus": "compliance-plus";
            }>;
            basis: z.ZodEnum<{
                stated: "stated";
                derived: "derived";
            }>;
            justification: z.ZodNullable<z.ZodString>;
            location: z.ZodOptional<z.ZodObject<{
                line: z.ZodOptional<z.ZodNumber>;
                page: z.ZodOptional<z.ZodNumber>;
                paragraph: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
        recommendation: z.ZodOptional<z.ZodNullable<z.ZodObject<{
            outcome: z.ZodEnum<{
                certify: "certify";
                continue: "continue";
                "not-certify": "not-certify";
            }>;
            text: z.ZodString;
            location: z.ZodNullable<z.ZodObject<{
                line: z.ZodOptional<z.ZodNumber>;
                page: z.ZodOptional<z.ZodNumber>;
                paragraph: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strict>>;
        }, z.core.$strict>>>;
        proseCounts: z.ZodOptional<z.ZodArray<z.ZodObject<{
            rating: z.ZodEnum<{
                "non-compliance": "non-compliance";
                "partial-compliance": "partial-compliance";
                compliance: "compliance";
                "compliance-plus": "compliance-plus";
            }>;
            count: z.ZodNumber;
            criterion: z.ZodNullable<z.ZodNumber>;
            text: z.ZodString;
            location: z.ZodNullable<z.ZodObject<{
                line: z.ZodOptional<z.ZodNumber>;
                page: z.ZodOptional<z.ZodNumber>;
                paragraph: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strict>>;
        }, z.core.$strict>>>;
        keyStrengths: z.ZodOptional<z.ZodArray<z.ZodObject<{
            code: z.ZodString;
            location: z.ZodNullable<z.ZodObject<{
                line: z.ZodOptional<z.ZodNumber>;
                page: z.ZodOptional<z.ZodNumber>;
                paragraph: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strict>>;
        }, z.core.$strict>>>;
        carriedOver: z.ZodOptional<z.ZodArray<z.ZodObject<{
            code: z.ZodString;
            rating: z.ZodEnum<{
                "non-compliance": "non-compliance";
                "partial-compliance": "partial-compliance";
                compliance: "compliance";
                "compliance-plus": "compliance-plus";
            }>;
            location: z.ZodNullable<z.ZodObject<{
                line: z.ZodOptional<z.ZodNumber>;
                page: z.ZodOptional<z.ZodNumber>;
                paragraph: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strict>>;
        }, z.core.$strict>>>;
        previousVisit: z.ZodOptional<z.ZodNullable<z.ZodObject<{
            stage: z.ZodEnum<{
                initial: "initial";
                "review-1": "review-1";
                "review-2": "review-2";
                reassessment: "reassessment";
                unknown: "unknown";
            }>;
            date: z.ZodString;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
    findings: z.ZodArray<z.ZodObject<{
        rule: z.ZodString;
        severity: z.ZodEnum<{
            warning: "warning";
            info: "info";
            error: "error";
        }>;
        message: z.ZodString;
        stage: z.ZodNullable<z.ZodEnum<{
            initial: "initial";
            "review-1": "review-1";
            "review-2": "review-2";
            reassessment: "reassessment";
            unknown: "unknown";
        }>>;
        criterion: z.ZodNullable<z.ZodNumber>;
        elements: z.ZodArray<z.ZodString>;
        expected: z.ZodOptional<z.ZodNullable<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>>;
        actual: z.ZodOptional<z.ZodNullable<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>>;
        location: z.ZodOptional<z.ZodNullable<z.ZodObject<{
            line: z.ZodOptional<z.ZodNumber>;
            page: z.ZodOptional<z.ZodNumber>;
            paragraph: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
}, z.core.$strict>, z.ZodObject<{
    schemaVersion: z.ZodLiteral<1>;
    source: z.ZodObject<{
        path: z.ZodString;
        format: z.ZodNullable<z.ZodEnum<{
            md: "md";
            docx: "docx";
            pdf: "pdf";
        }>>;
        sha256: z.ZodNullable<z.ZodString>;
        diagnostics: z.ZodOptional<z.ZodArray<z.ZodObject<{
            severity: z.ZodEnum<{
                warning: "warning";
                info: "info";
            }>;
            message: z.ZodString;
            location: z.ZodOptional<z.ZodObject<{
                line: z.ZodOptional<z.ZodNumber>;
                page: z.ZodOptional<z.ZodNumber>;
                paragraph: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strict>>;
        }, z.core.$strict>>>;
    }, z.core.$strict>;
    error: z.ZodObject<{
        code: z.ZodString;
        message: z.ZodString;
    }, z.core.$strict>;
}, z.core.$strict>]>;
export type ExtractOutput = z.infer<typeof ExtractOutput>;
