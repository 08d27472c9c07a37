// Generated from models/aws-sns.json by codegen — do not edit.
// Regenerate with `cargo run -p codegen`.

//! XML descriptions: element and attribute names, namespaces,
//! flattening and query keys of every structure, and the roots of
//! each operation's bodies.
use ::codegen_rt as rt;
/// `com.amazonaws.sns#AuthorizationErrorException` as XML sees it.
pub static AUTHORIZATION_ERROR_EXCEPTION: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "AuthorizationErrorException",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "message",
        name: "message",
        query: "message",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `com.amazonaws.sns#ConcurrentAccessException` as XML sees it.
pub static CONCURRENT_ACCESS_EXCEPTION: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "ConcurrentAccessException",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "message",
        name: "message",
        query: "message",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `com.amazonaws.sns#CreateTopicInput` as XML sees it.
pub static CREATE_TOPIC_INPUT: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "CreateTopicInput",
    ns: None,
    members: &[
        rt::codec::xml::Member {
            key: "Attributes",
            name: "Attributes",
            query: "Attributes",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Map(&rt::codec::xml::Entry {
                key: rt::codec::xml::Item {
                    name: "key",
                    ns: None,
                    ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
                },
                value: rt::codec::xml::Item {
                    name: "value",
                    ns: None,
                    ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
                },
            }),
        },
        rt::codec::xml::Member {
            key: "DataProtectionPolicy",
            name: "DataProtectionPolicy",
            query: "DataProtectionPolicy",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "Name",
            name: "Name",
            query: "Name",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "Tags",
            name: "Tags",
            query: "Tags",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::List(&rt::codec::xml::Item {
                name: "member",
                ns: None,
                ty: rt::codec::xml::Ty::Struct(&TAG),
            }),
        },
    ],
    union: false,
};
/// `com.amazonaws.sns#CreateTopicResponse` as XML sees it.
pub static CREATE_TOPIC_RESPONSE: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "CreateTopicResponse",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "TopicArn",
        name: "TopicArn",
        query: "TopicArn",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `com.amazonaws.sns#DeleteTopicInput` as XML sees it.
pub static DELETE_TOPIC_INPUT: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "DeleteTopicInput",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "TopicArn",
        name: "TopicArn",
        query: "TopicArn",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `com.amazonaws.sns#EndpointDisabledException` as XML sees it.
pub static ENDPOINT_DISABLED_EXCEPTION: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "EndpointDisabledException",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "message",
        name: "message",
        query: "message",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `com.amazonaws.sns#FilterPolicyLimitExceededException` as XML sees it.
pub static FILTER_POLICY_LIMIT_EXCEEDED_EXCEPTION: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "FilterPolicyLimitExceededException",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "message",
        name: "message",
        query: "message",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `com.amazonaws.sns#GetTopicAttributesInput` as XML sees it.
pub static GET_TOPIC_ATTRIBUTES_INPUT: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "GetTopicAttributesInput",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "TopicArn",
        name: "TopicArn",
        query: "TopicArn",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `com.amazonaws.sns#GetTopicAttributesResponse` as XML sees it.
pub static GET_TOPIC_ATTRIBUTES_RESPONSE: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "GetTopicAttributesResponse",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "Attributes",
        name: "Attributes",
        query: "Attributes",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Map(&rt::codec::xml::Entry {
            key: rt::codec::xml::Item {
                name: "key",
                ns: None,
                ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
            },
            value: rt::codec::xml::Item {
                name: "value",
                ns: None,
                ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
            },
        }),
    }],
    union: false,
};
/// `com.amazonaws.sns#InternalErrorException` as XML sees it.
pub static INTERNAL_ERROR_EXCEPTION: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "InternalErrorException",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "message",
        name: "message",
        query: "message",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `com.amazonaws.sns#InvalidParameterException` as XML sees it.
pub static INVALID_PARAMETER_EXCEPTION: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "InvalidParameterException",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "message",
        name: "message",
        query: "message",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `com.amazonaws.sns#InvalidParameterValueException` as XML sees it.
pub static INVALID_PARAMETER_VALUE_EXCEPTION: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "InvalidParameterValueException",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "message",
        name: "message",
        query: "message",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `com.amazonaws.sns#InvalidSecurityException` as XML sees it.
pub static INVALID_SECURITY_EXCEPTION: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "InvalidSecurityException",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "message",
        name: "message",
        query: "message",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `com.amazonaws.sns#InvalidStateException` as XML sees it.
pub static INVALID_STATE_EXCEPTION: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "InvalidStateException",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "message",
        name: "message",
        query: "message",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `com.amazonaws.sns#KMSAccessDeniedException` as XML sees it.
pub static KMS_ACCESS_DENIED_EXCEPTION: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "KMSAccessDeniedException",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "message",
        name: "message",
        query: "message",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `com.amazonaws.sns#KMSDisabledException` as XML sees it.
pub static KMS_DISABLED_EXCEPTION: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "KMSDisabledException",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "message",
        name: "message",
        query: "message",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `com.amazonaws.sns#KMSInvalidStateException` as XML sees it.
pub static KMS_INVALID_STATE_EXCEPTION: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "KMSInvalidStateException",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "message",
        name: "message",
        query: "message",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `com.amazonaws.sns#KMSNotFoundException` as XML sees it.
pub static KMS_NOT_FOUND_EXCEPTION: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "KMSNotFoundException",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "message",
        name: "message",
        query: "message",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `com.amazonaws.sns#KMSOptInRequired` as XML sees it.
pub static KMS_OPT_IN_REQUIRED: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "KMSOptInRequired",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "message",
        name: "message",
        query: "message",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `com.amazonaws.sns#KMSThrottlingException` as XML sees it.
pub static KMS_THROTTLING_EXCEPTION: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "KMSThrottlingException",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "message",
        name: "message",
        query: "message",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `com.amazonaws.sns#ListSubscriptionsByTopicInput` as XML sees it.
pub static LIST_SUBSCRIPTIONS_BY_TOPIC_INPUT: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "ListSubscriptionsByTopicInput",
    ns: None,
    members: &[
        rt::codec::xml::Member {
            key: "NextToken",
            name: "NextToken",
            query: "NextToken",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "TopicArn",
            name: "TopicArn",
            query: "TopicArn",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
    ],
    union: false,
};
/// `com.amazonaws.sns#ListSubscriptionsByTopicResponse` as XML sees it.
pub static LIST_SUBSCRIPTIONS_BY_TOPIC_RESPONSE: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "ListSubscriptionsByTopicResponse",
    ns: None,
    members: &[
        rt::codec::xml::Member {
            key: "NextToken",
            name: "NextToken",
            query: "NextToken",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "Subscriptions",
            name: "Subscriptions",
            query: "Subscriptions",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::List(&rt::codec::xml::Item {
                name: "member",
                ns: None,
                ty: rt::codec::xml::Ty::Struct(&SUBSCRIPTION),
            }),
        },
    ],
    union: false,
};
/// `com.amazonaws.sns#ListTopicsInput` as XML sees it.
pub static LIST_TOPICS_INPUT: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "ListTopicsInput",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "NextToken",
        name: "NextToken",
        query: "NextToken",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `com.amazonaws.sns#ListTopicsResponse` as XML sees it.
pub static LIST_TOPICS_RESPONSE: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "ListTopicsResponse",
    ns: None,
    members: &[
        rt::codec::xml::Member {
            key: "NextToken",
            name: "NextToken",
            query: "NextToken",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "Topics",
            name: "Topics",
            query: "Topics",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::List(&rt::codec::xml::Item {
                name: "member",
                ns: None,
                ty: rt::codec::xml::Ty::Struct(&TOPIC),
            }),
        },
    ],
    union: false,
};
/// `com.amazonaws.sns#MessageAttributeValue` as XML sees it.
pub static MESSAGE_ATTRIBUTE_VALUE: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "MessageAttributeValue",
    ns: None,
    members: &[
        rt::codec::xml::Member {
            key: "BinaryValue",
            name: "BinaryValue",
            query: "BinaryValue",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::Blob),
        },
        rt::codec::xml::Member {
            key: "DataType",
            name: "DataType",
            query: "DataType",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "StringValue",
            name: "StringValue",
            query: "StringValue",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
    ],
    union: false,
};
/// `com.amazonaws.sns#NotFoundException` as XML sees it.
pub static NOT_FOUND_EXCEPTION: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "NotFoundException",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "message",
        name: "message",
        query: "message",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `com.amazonaws.sns#PlatformApplicationDisabledException` as XML sees it.
pub static PLATFORM_APPLICATION_DISABLED_EXCEPTION: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "PlatformApplicationDisabledException",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "message",
        name: "message",
        query: "message",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `com.amazonaws.sns#PublishInput` as XML sees it.
pub static PUBLISH_INPUT: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "PublishInput",
    ns: None,
    members: &[
        rt::codec::xml::Member {
            key: "Message",
            name: "Message",
            query: "Message",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "MessageAttributes",
            name: "MessageAttributes",
            query: "MessageAttributes",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Map(&rt::codec::xml::Entry {
                key: rt::codec::xml::Item {
                    name: "Name",
                    ns: None,
                    ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
                },
                value: rt::codec::xml::Item {
                    name: "Value",
                    ns: None,
                    ty: rt::codec::xml::Ty::Struct(&MESSAGE_ATTRIBUTE_VALUE),
                },
            }),
        },
        rt::codec::xml::Member {
            key: "MessageDeduplicationId",
            name: "MessageDeduplicationId",
            query: "MessageDeduplicationId",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "MessageGroupId",
            name: "MessageGroupId",
            query: "MessageGroupId",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "MessageStructure",
            name: "MessageStructure",
            query: "MessageStructure",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "PhoneNumber",
            name: "PhoneNumber",
            query: "PhoneNumber",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "Subject",
            name: "Subject",
            query: "Subject",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "TargetArn",
            name: "TargetArn",
            query: "TargetArn",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "TopicArn",
            name: "TopicArn",
            query: "TopicArn",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
    ],
    union: false,
};
/// `com.amazonaws.sns#PublishResponse` as XML sees it.
pub static PUBLISH_RESPONSE: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "PublishResponse",
    ns: None,
    members: &[
        rt::codec::xml::Member {
            key: "MessageId",
            name: "MessageId",
            query: "MessageId",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "SequenceNumber",
            name: "SequenceNumber",
            query: "SequenceNumber",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
    ],
    union: false,
};
/// `com.amazonaws.sns#ReplayLimitExceededException` as XML sees it.
pub static REPLAY_LIMIT_EXCEEDED_EXCEPTION: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "ReplayLimitExceededException",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "message",
        name: "message",
        query: "message",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `com.amazonaws.sns#ResourceNotFoundException` as XML sees it.
pub static RESOURCE_NOT_FOUND_EXCEPTION: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "ResourceNotFoundException",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "message",
        name: "message",
        query: "message",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `com.amazonaws.sns#SetTopicAttributesInput` as XML sees it.
pub static SET_TOPIC_ATTRIBUTES_INPUT: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "SetTopicAttributesInput",
    ns: None,
    members: &[
        rt::codec::xml::Member {
            key: "AttributeName",
            name: "AttributeName",
            query: "AttributeName",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "AttributeValue",
            name: "AttributeValue",
            query: "AttributeValue",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "TopicArn",
            name: "TopicArn",
            query: "TopicArn",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
    ],
    union: false,
};
/// `com.amazonaws.sns#StaleTagException` as XML sees it.
pub static STALE_TAG_EXCEPTION: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "StaleTagException",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "message",
        name: "message",
        query: "message",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `com.amazonaws.sns#SubscribeInput` as XML sees it.
pub static SUBSCRIBE_INPUT: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "SubscribeInput",
    ns: None,
    members: &[
        rt::codec::xml::Member {
            key: "Attributes",
            name: "Attributes",
            query: "Attributes",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Map(&rt::codec::xml::Entry {
                key: rt::codec::xml::Item {
                    name: "key",
                    ns: None,
                    ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
                },
                value: rt::codec::xml::Item {
                    name: "value",
                    ns: None,
                    ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
                },
            }),
        },
        rt::codec::xml::Member {
            key: "Endpoint",
            name: "Endpoint",
            query: "Endpoint",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "Protocol",
            name: "Protocol",
            query: "Protocol",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "ReturnSubscriptionArn",
            name: "ReturnSubscriptionArn",
            query: "ReturnSubscriptionArn",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::Bool),
        },
        rt::codec::xml::Member {
            key: "TopicArn",
            name: "TopicArn",
            query: "TopicArn",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
    ],
    union: false,
};
/// `com.amazonaws.sns#SubscribeResponse` as XML sees it.
pub static SUBSCRIBE_RESPONSE: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "SubscribeResponse",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "SubscriptionArn",
        name: "SubscriptionArn",
        query: "SubscriptionArn",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `com.amazonaws.sns#Subscription` as XML sees it.
pub static SUBSCRIPTION: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "Subscription",
    ns: None,
    members: &[
        rt::codec::xml::Member {
            key: "Endpoint",
            name: "Endpoint",
            query: "Endpoint",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "Owner",
            name: "Owner",
            query: "Owner",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "Protocol",
            name: "Protocol",
            query: "Protocol",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "SubscriptionArn",
            name: "SubscriptionArn",
            query: "SubscriptionArn",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "TopicArn",
            name: "TopicArn",
            query: "TopicArn",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
    ],
    union: false,
};
/// `com.amazonaws.sns#SubscriptionLimitExceededException` as XML sees it.
pub static SUBSCRIPTION_LIMIT_EXCEEDED_EXCEPTION: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "SubscriptionLimitExceededException",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "message",
        name: "message",
        query: "message",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `com.amazonaws.sns#Tag` as XML sees it.
pub static TAG: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "Tag",
    ns: None,
    members: &[
        rt::codec::xml::Member {
            key: "Key",
            name: "Key",
            query: "Key",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "Value",
            name: "Value",
            query: "Value",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
    ],
    union: false,
};
/// `com.amazonaws.sns#TagLimitExceededException` as XML sees it.
pub static TAG_LIMIT_EXCEEDED_EXCEPTION: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "TagLimitExceededException",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "message",
        name: "message",
        query: "message",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `com.amazonaws.sns#TagPolicyException` as XML sees it.
pub static TAG_POLICY_EXCEPTION: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "TagPolicyException",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "message",
        name: "message",
        query: "message",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `com.amazonaws.sns#TagResourceRequest` as XML sees it.
pub static TAG_RESOURCE_REQUEST: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "TagResourceRequest",
    ns: None,
    members: &[
        rt::codec::xml::Member {
            key: "ResourceArn",
            name: "ResourceArn",
            query: "ResourceArn",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
        },
        rt::codec::xml::Member {
            key: "Tags",
            name: "Tags",
            query: "Tags",
            attribute: false,
            flattened: false,
            ns: None,
            ty: rt::codec::xml::Ty::List(&rt::codec::xml::Item {
                name: "member",
                ns: None,
                ty: rt::codec::xml::Ty::Struct(&TAG),
            }),
        },
    ],
    union: false,
};
/// `com.amazonaws.sns#TagResourceResponse` as XML sees it.
pub static TAG_RESOURCE_RESPONSE: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "TagResourceResponse",
    ns: None,
    members: &[],
    union: false,
};
/// `com.amazonaws.sns#Topic` as XML sees it.
pub static TOPIC: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "Topic",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "TopicArn",
        name: "TopicArn",
        query: "TopicArn",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `com.amazonaws.sns#TopicLimitExceededException` as XML sees it.
pub static TOPIC_LIMIT_EXCEEDED_EXCEPTION: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "TopicLimitExceededException",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "message",
        name: "message",
        query: "message",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `com.amazonaws.sns#ValidationException` as XML sees it.
pub static VALIDATION_EXCEPTION: rt::codec::xml::Shape = rt::codec::xml::Shape {
    name: "ValidationException",
    ns: None,
    members: &[rt::codec::xml::Member {
        key: "Message",
        name: "Message",
        query: "Message",
        attribute: false,
        flattened: false,
        ns: None,
        ty: rt::codec::xml::Ty::Scalar(rt::binding::Scalar::String),
    }],
    union: false,
};
/// `CreateTopic`: the roots of its XML bodies.
pub static CREATE_TOPIC: rt::codec::message::XmlOp = rt::codec::message::XmlOp {
    input: rt::codec::message::Root {
        name: "CreateTopicInput",
        ns: None,
        shape: &CREATE_TOPIC_INPUT,
    },
    output: rt::codec::message::Root {
        name: "CreateTopicResponse",
        ns: None,
        shape: &CREATE_TOPIC_RESPONSE,
    },
    ns: Some(rt::codec::xml::Ns {
        uri: "http://sns.amazonaws.com/doc/2010-03-31/",
        prefix: None,
    }),
    version: "2010-03-31",
    unwrapped_output: false,
    bare_errors: false,
};
/// `DeleteTopic`: the roots of its XML bodies.
pub static DELETE_TOPIC: rt::codec::message::XmlOp = rt::codec::message::XmlOp {
    input: rt::codec::message::Root {
        name: "DeleteTopicInput",
        ns: None,
        shape: &DELETE_TOPIC_INPUT,
    },
    output: rt::codec::message::Root {
        name: "",
        ns: None,
        shape: &rt::codec::xml::UNIT,
    },
    ns: Some(rt::codec::xml::Ns {
        uri: "http://sns.amazonaws.com/doc/2010-03-31/",
        prefix: None,
    }),
    version: "2010-03-31",
    unwrapped_output: false,
    bare_errors: false,
};
/// `GetTopicAttributes`: the roots of its XML bodies.
pub static GET_TOPIC_ATTRIBUTES: rt::codec::message::XmlOp = rt::codec::message::XmlOp {
    input: rt::codec::message::Root {
        name: "GetTopicAttributesInput",
        ns: None,
        shape: &GET_TOPIC_ATTRIBUTES_INPUT,
    },
    output: rt::codec::message::Root {
        name: "GetTopicAttributesResponse",
        ns: None,
        shape: &GET_TOPIC_ATTRIBUTES_RESPONSE,
    },
    ns: Some(rt::codec::xml::Ns {
        uri: "http://sns.amazonaws.com/doc/2010-03-31/",
        prefix: None,
    }),
    version: "2010-03-31",
    unwrapped_output: false,
    bare_errors: false,
};
/// `ListSubscriptionsByTopic`: the roots of its XML bodies.
pub static LIST_SUBSCRIPTIONS_BY_TOPIC: rt::codec::message::XmlOp = rt::codec::message::XmlOp {
    input: rt::codec::message::Root {
        name: "ListSubscriptionsByTopicInput",
        ns: None,
        shape: &LIST_SUBSCRIPTIONS_BY_TOPIC_INPUT,
    },
    output: rt::codec::message::Root {
        name: "ListSubscriptionsByTopicResponse",
        ns: None,
        shape: &LIST_SUBSCRIPTIONS_BY_TOPIC_RESPONSE,
    },
    ns: Some(rt::codec::xml::Ns {
        uri: "http://sns.amazonaws.com/doc/2010-03-31/",
        prefix: None,
    }),
    version: "2010-03-31",
    unwrapped_output: false,
    bare_errors: false,
};
/// `ListTopics`: the roots of its XML bodies.
pub static LIST_TOPICS: rt::codec::message::XmlOp = rt::codec::message::XmlOp {
    input: rt::codec::message::Root {
        name: "ListTopicsInput",
        ns: None,
        shape: &LIST_TOPICS_INPUT,
    },
    output: rt::codec::message::Root {
        name: "ListTopicsResponse",
        ns: None,
        shape: &LIST_TOPICS_RESPONSE,
    },
    ns: Some(rt::codec::xml::Ns {
        uri: "http://sns.amazonaws.com/doc/2010-03-31/",
        prefix: None,
    }),
    version: "2010-03-31",
    unwrapped_output: false,
    bare_errors: false,
};
/// `Publish`: the roots of its XML bodies.
pub static PUBLISH: rt::codec::message::XmlOp = rt::codec::message::XmlOp {
    input: rt::codec::message::Root {
        name: "PublishInput",
        ns: None,
        shape: &PUBLISH_INPUT,
    },
    output: rt::codec::message::Root {
        name: "PublishResponse",
        ns: None,
        shape: &PUBLISH_RESPONSE,
    },
    ns: Some(rt::codec::xml::Ns {
        uri: "http://sns.amazonaws.com/doc/2010-03-31/",
        prefix: None,
    }),
    version: "2010-03-31",
    unwrapped_output: false,
    bare_errors: false,
};
/// `SetTopicAttributes`: the roots of its XML bodies.
pub static SET_TOPIC_ATTRIBUTES: rt::codec::message::XmlOp = rt::codec::message::XmlOp {
    input: rt::codec::message::Root {
        name: "SetTopicAttributesInput",
        ns: None,
        shape: &SET_TOPIC_ATTRIBUTES_INPUT,
    },
    output: rt::codec::message::Root {
        name: "",
        ns: None,
        shape: &rt::codec::xml::UNIT,
    },
    ns: Some(rt::codec::xml::Ns {
        uri: "http://sns.amazonaws.com/doc/2010-03-31/",
        prefix: None,
    }),
    version: "2010-03-31",
    unwrapped_output: false,
    bare_errors: false,
};
/// `Subscribe`: the roots of its XML bodies.
pub static SUBSCRIBE: rt::codec::message::XmlOp = rt::codec::message::XmlOp {
    input: rt::codec::message::Root {
        name: "SubscribeInput",
        ns: None,
        shape: &SUBSCRIBE_INPUT,
    },
    output: rt::codec::message::Root {
        name: "SubscribeResponse",
        ns: None,
        shape: &SUBSCRIBE_RESPONSE,
    },
    ns: Some(rt::codec::xml::Ns {
        uri: "http://sns.amazonaws.com/doc/2010-03-31/",
        prefix: None,
    }),
    version: "2010-03-31",
    unwrapped_output: false,
    bare_errors: false,
};
/// `TagResource`: the roots of its XML bodies.
pub static TAG_RESOURCE: rt::codec::message::XmlOp = rt::codec::message::XmlOp {
    input: rt::codec::message::Root {
        name: "TagResourceRequest",
        ns: None,
        shape: &TAG_RESOURCE_REQUEST,
    },
    output: rt::codec::message::Root {
        name: "TagResourceResponse",
        ns: None,
        shape: &TAG_RESOURCE_RESPONSE,
    },
    ns: Some(rt::codec::xml::Ns {
        uri: "http://sns.amazonaws.com/doc/2010-03-31/",
        prefix: None,
    }),
    version: "2010-03-31",
    unwrapped_output: false,
    bare_errors: false,
};
